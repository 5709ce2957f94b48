ALTER TABLE "reports" ADD COLUMN "mediation_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "source_target_type" "moderation_target_type";--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "source_target_id" text;--> statement-breakpoint
CREATE INDEX "mediation_cases_source_idx" ON "mediation_cases" USING btree ("source_target_type","source_target_id");