CREATE TYPE "public"."idea_status" AS ENUM('new', 'under_review', 'accepted', 'implemented', 'declined');--> statement-breakpoint
ALTER TYPE "public"."moderation_target_type" ADD VALUE 'concern';--> statement-breakpoint
ALTER TYPE "public"."moderation_target_type" ADD VALUE 'idea';--> statement-breakpoint
ALTER TYPE "public"."moderation_target_type" ADD VALUE 'idea_comment';--> statement-breakpoint
CREATE TABLE "idea_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"idea_id" text NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"hidden_by_decision_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idea_supports" (
	"idea_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_supports_idea_id_user_id_pk" PRIMARY KEY("idea_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category_id" integer,
	"department_id" integer,
	"locality_id" integer,
	"status" "idea_status" DEFAULT 'new' NOT NULL,
	"official_answer" text DEFAULT '' NOT NULL,
	"answered_by_id" text,
	"first_answered_at" timestamp (3) with time zone,
	"answered_at" timestamp (3) with time zone,
	"support_count" integer DEFAULT 0 NOT NULL,
	"threshold_reached_at" timestamp (3) with time zone,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"hidden_by_decision_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '')), 'B')) STORED
);
--> statement-breakpoint
DROP INDEX "concerns_public_idx";--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "idea_support_threshold" integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "hidden_by_decision_id" text;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_hidden_by_decision_id_moderation_decisions_id_fk" FOREIGN KEY ("hidden_by_decision_id") REFERENCES "public"."moderation_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_category_id_concern_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."concern_categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_hidden_by_decision_id_moderation_decisions_id_fk" FOREIGN KEY ("hidden_by_decision_id") REFERENCES "public"."moderation_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_comments_thread_idx" ON "idea_comments" USING btree ("idea_id","created_at","id");--> statement-breakpoint
CREATE INDEX "idea_comments_author_idx" ON "idea_comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "idea_supports_user_idx" ON "idea_supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ideas_public_idx" ON "ideas" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE hidden_by_decision_id is null;--> statement-breakpoint
CREATE INDEX "ideas_status_idx" ON "ideas" USING btree ("status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE hidden_by_decision_id is null;--> statement-breakpoint
CREATE INDEX "ideas_locality_idx" ON "ideas" USING btree ("locality_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE hidden_by_decision_id is null;--> statement-breakpoint
CREATE INDEX "ideas_department_idx" ON "ideas" USING btree ("department_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ideas_author_idx" ON "ideas" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "ideas_answered_by_idx" ON "ideas" USING btree ("answered_by_id");--> statement-breakpoint
CREATE INDEX "ideas_search_idx" ON "ideas" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_hidden_by_decision_id_moderation_decisions_id_fk" FOREIGN KEY ("hidden_by_decision_id") REFERENCES "public"."moderation_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_public_idx" ON "concerns" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE visibility = 'public' and hidden_by_decision_id is null;