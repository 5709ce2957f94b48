CREATE TYPE "public"."rsvp_answer" AS ENUM('yes', 'maybe', 'no', 'waiting');--> statement-breakpoint
CREATE TYPE "public"."space_join_policy" AS ENUM('open', 'request', 'invitation');--> statement-breakpoint
CREATE TYPE "public"."space_membership" AS ENUM('requested', 'invited', 'member', 'organiser', 'owner');--> statement-breakpoint
CREATE TYPE "public"."space_visibility" AS ENUM('public', 'members', 'private');--> statement-breakpoint
ALTER TYPE "public"."moderation_target_type" ADD VALUE 'space_post';--> statement-breakpoint
CREATE TABLE "space_event_rsvps" (
	"event_id" text NOT NULL,
	"user_id" text NOT NULL,
	"answer" "rsvp_answer" NOT NULL,
	"show_name" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_event_rsvps_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "space_events" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"created_by_id" text,
	"title" text NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"place" text NOT NULL,
	"locality_id" integer,
	"description" text NOT NULL,
	"capacity" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "space_follows" (
	"space_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_follows_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "space_localities" (
	"space_id" text NOT NULL,
	"locality_id" integer NOT NULL,
	CONSTRAINT "space_localities_space_id_locality_id_pk" PRIMARY KEY("space_id","locality_id")
);
--> statement-breakpoint
CREATE TABLE "space_members" (
	"space_id" text NOT NULL,
	"user_id" text NOT NULL,
	"membership" "space_membership" NOT NULL,
	"message" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_members_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "space_partners" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"department_id" integer NOT NULL,
	"contact_id" text
);
--> statement-breakpoint
CREATE TABLE "space_posts" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"body_html" text NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"hidden_by_organiser_id" text,
	"hidden_by_decision_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "space_topics" (
	"space_id" text NOT NULL,
	"topic_id" integer NOT NULL,
	CONSTRAINT "space_topics_space_id_topic_id_pk" PRIMARY KEY("space_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "spaces" (
	"id" text PRIMARY KEY NOT NULL,
	"created_by_id" text,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"description_html" text NOT NULL,
	"visibility" "space_visibility" DEFAULT 'public' NOT NULL,
	"join_policy" "space_join_policy" DEFAULT 'open' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "space_event_rsvps" ADD CONSTRAINT "space_event_rsvps_event_id_space_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."space_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_event_rsvps" ADD CONSTRAINT "space_event_rsvps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_events" ADD CONSTRAINT "space_events_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_events" ADD CONSTRAINT "space_events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_events" ADD CONSTRAINT "space_events_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_follows" ADD CONSTRAINT "space_follows_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_follows" ADD CONSTRAINT "space_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_localities" ADD CONSTRAINT "space_localities_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_localities" ADD CONSTRAINT "space_localities_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_members" ADD CONSTRAINT "space_members_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_members" ADD CONSTRAINT "space_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_partners" ADD CONSTRAINT "space_partners_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_partners" ADD CONSTRAINT "space_partners_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_partners" ADD CONSTRAINT "space_partners_contact_id_users_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posts" ADD CONSTRAINT "space_posts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posts" ADD CONSTRAINT "space_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posts" ADD CONSTRAINT "space_posts_hidden_by_organiser_id_users_id_fk" FOREIGN KEY ("hidden_by_organiser_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posts" ADD CONSTRAINT "space_posts_hidden_by_decision_id_moderation_decisions_id_fk" FOREIGN KEY ("hidden_by_decision_id") REFERENCES "public"."moderation_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_topics" ADD CONSTRAINT "space_topics_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_topics" ADD CONSTRAINT "space_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_event_rsvps_queue_idx" ON "space_event_rsvps" USING btree ("event_id","answer","created_at");--> statement-breakpoint
CREATE INDEX "space_event_rsvps_user_idx" ON "space_event_rsvps" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "space_events_space_idx" ON "space_events" USING btree ("space_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "space_events_created_by_idx" ON "space_events" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "space_follows_user_idx" ON "space_follows" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "space_localities_locality_idx" ON "space_localities" USING btree ("locality_id","space_id");--> statement-breakpoint
CREATE INDEX "space_members_user_idx" ON "space_members" USING btree ("user_id","space_id");--> statement-breakpoint
CREATE UNIQUE INDEX "space_partners_unique_idx" ON "space_partners" USING btree ("space_id","department_id");--> statement-breakpoint
CREATE INDEX "space_partners_contact_idx" ON "space_partners" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "space_posts_stream_idx" ON "space_posts" USING btree ("space_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "space_posts_author_idx" ON "space_posts" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "space_posts_hidden_by_idx" ON "space_posts" USING btree ("hidden_by_organiser_id") WHERE hidden_by_organiser_id is not null;--> statement-breakpoint
CREATE INDEX "space_topics_topic_idx" ON "space_topics" USING btree ("topic_id","space_id");--> statement-breakpoint
CREATE INDEX "spaces_list_idx" ON "spaces" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "spaces_created_by_idx" ON "spaces" USING btree ("created_by_id");