ALTER TABLE "personal_data_exports" ALTER COLUMN "zip" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "personal_data_exports" ADD COLUMN "ready_at" timestamp (3) with time zone;