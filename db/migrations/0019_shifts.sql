CREATE TYPE "public"."shift_timing" AS ENUM('at', 'due');--> statement-breakpoint
CREATE TABLE "space_shift_signups" (
	"shift_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_shift_signups_shift_id_user_id_pk" PRIMARY KEY("shift_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "space_shifts" (
	"id" text PRIMARY KEY NOT NULL,
	"space_id" text NOT NULL,
	"created_by_id" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"timing" "shift_timing" NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"locality_id" integer,
	"helpers_needed" integer NOT NULL,
	"done_at" timestamp (3) with time zone,
	"done_by_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_shift_signups" ADD CONSTRAINT "space_shift_signups_shift_id_space_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."space_shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_shift_signups" ADD CONSTRAINT "space_shift_signups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_shifts" ADD CONSTRAINT "space_shifts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_shifts" ADD CONSTRAINT "space_shifts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_shifts" ADD CONSTRAINT "space_shifts_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_shifts" ADD CONSTRAINT "space_shifts_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_shift_signups_user_idx" ON "space_shift_signups" USING btree ("user_id","shift_id");--> statement-breakpoint
CREATE INDEX "space_shifts_space_idx" ON "space_shifts" USING btree ("space_id","at","id");--> statement-breakpoint
CREATE INDEX "space_shifts_open_idx" ON "space_shifts" USING btree ("at","id") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "space_shifts_open_locality_idx" ON "space_shifts" USING btree ("locality_id","at","id") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "space_shifts_created_by_idx" ON "space_shifts" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "space_shifts_done_by_idx" ON "space_shifts" USING btree ("done_by_id") WHERE done_by_id is not null;