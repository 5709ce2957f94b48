CREATE TABLE "accessibility_feedback" (
	"id" text PRIMARY KEY NOT NULL,
	"message" text NOT NULL,
	"contact" text,
	"page_url" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_data_exports" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"zip" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retired_usernames" (
	"username_hash" text PRIMARY KEY NOT NULL,
	"retired_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"reserved_until" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "audit_retention_months" integer DEFAULT 36 NOT NULL;--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "data_protection_officer" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "supervisory_authority" text DEFAULT 'Berliner Beauftragte für Datenschutz und Informationsfreiheit
Alt-Moabit 59–61
10555 Berlin
mailbox@datenschutz-berlin.de' NOT NULL;--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "accessibility_known_gaps" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "accessibility_reviewed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "personal_data_exports" ADD CONSTRAINT "personal_data_exports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accessibility_feedback_created_idx" ON "accessibility_feedback" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "personal_data_exports_user_idx" ON "personal_data_exports" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "personal_data_exports_expires_idx" ON "personal_data_exports" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "retired_usernames_until_idx" ON "retired_usernames" USING btree ("reserved_until");