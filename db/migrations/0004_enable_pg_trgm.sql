-- Custom SQL migration file, put your code below! --
-- Trigram indexes let "name contains …" searches (ILIKE '%…%') use an index (0005).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
