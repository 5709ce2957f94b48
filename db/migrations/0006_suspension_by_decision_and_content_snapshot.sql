ALTER TABLE "users" ADD COLUMN "suspended_by_decision_id" text;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD COLUMN "content_snapshot" text;