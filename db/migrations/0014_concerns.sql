CREATE TYPE "public"."concern_event_kind" AS ENUM('status', 'author_update', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."concern_status" AS ENUM('received', 'in_review', 'in_progress', 'resolved', 'declined', 'forwarded');--> statement-breakpoint
CREATE TYPE "public"."concern_visibility" AS ENUM('public', 'private');--> statement-breakpoint
CREATE TABLE "concern_categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"department_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "concern_categories_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "concern_cosignatures" (
	"concern_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concern_cosignatures_concern_id_user_id_pk" PRIMARY KEY("concern_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "concern_events" (
	"id" text PRIMARY KEY NOT NULL,
	"concern_id" text NOT NULL,
	"actor_id" text,
	"kind" "concern_event_kind" NOT NULL,
	"status" "concern_status" NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"concern_id" text NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_reply_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category_id" integer,
	"department_id" integer,
	"locality_id" integer,
	"place" text DEFAULT '' NOT NULL,
	"visibility" "concern_visibility" DEFAULT 'public' NOT NULL,
	"status" "concern_status" DEFAULT 'received' NOT NULL,
	"forwarded_to" text DEFAULT '' NOT NULL,
	"claimed_by_id" text,
	"cosign_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"first_answered_at" timestamp (3) with time zone,
	"status_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp (3) with time zone,
	"resolution_check_sent_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "handles_all_concerns" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "concern_answer_days" integer DEFAULT 21 NOT NULL;--> statement-breakpoint
ALTER TABLE "concern_categories" ADD CONSTRAINT "concern_categories_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_cosignatures" ADD CONSTRAINT "concern_cosignatures_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_cosignatures" ADD CONSTRAINT "concern_cosignatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_reply_templates" ADD CONSTRAINT "concern_reply_templates_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_category_id_concern_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."concern_categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_claimed_by_id_users_id_fk" FOREIGN KEY ("claimed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_cosignatures_user_idx" ON "concern_cosignatures" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "concern_events_concern_idx" ON "concern_events" USING btree ("concern_id","created_at");--> statement-breakpoint
CREATE INDEX "concern_events_actor_idx" ON "concern_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "concern_notes_concern_idx" ON "concern_notes" USING btree ("concern_id","created_at");--> statement-breakpoint
CREATE INDEX "concern_notes_author_idx" ON "concern_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "concern_reply_templates_department_idx" ON "concern_reply_templates" USING btree ("department_id","title");--> statement-breakpoint
CREATE INDEX "concerns_public_idx" ON "concerns" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE visibility = 'public';--> statement-breakpoint
CREATE INDEX "concerns_department_idx" ON "concerns" USING btree ("department_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "concerns_author_idx" ON "concerns" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "concerns_claimed_idx" ON "concerns" USING btree ("claimed_by_id");--> statement-breakpoint
CREATE INDEX "concerns_resolution_check_idx" ON "concerns" USING btree ("resolved_at") WHERE status = 'resolved' and resolution_check_sent_at is null;