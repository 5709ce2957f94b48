CREATE TABLE "cache_invalidations" (
	"path" text PRIMARY KEY NOT NULL,
	"invalidated_at" bigint NOT NULL
);
