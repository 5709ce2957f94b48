CREATE TYPE "public"."notification_channel" AS ENUM('immediate', 'daily', 'weekly', 'in_app');--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"channel" "notification_channel" NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE "announcements" ADD COLUMN "notified_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "thread_key" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "thread_title" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "channel" "notification_channel" DEFAULT 'in_app' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "mailed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "mail_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "mail_error" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "mail_failed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_unnotified_idx" ON "announcements" USING btree ("publish_at") WHERE status = 'published' and notified_at is null;--> statement-breakpoint
CREATE INDEX "notifications_digest_idx" ON "notifications" USING btree ("channel","user_id") WHERE mailed_at is null and read_at is null and channel in ('daily', 'weekly');--> statement-breakpoint
CREATE INDEX "notifications_failed_idx" ON "notifications" USING btree ("mail_failed_at") WHERE mail_failed_at is not null and mailed_at is null;