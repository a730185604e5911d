-- The catalogue's search vector stored once per entry instead of computed for every matching row on
-- every search (ranking read to_tsvector per row; the expression index only served the match).
-- A generated column: PostgreSQL keeps it current on every insert and update of title or summary,
-- in PGlite and PostgreSQL alike. Prisma reads the generation expression as the column's default,
-- so schema.prisma declares it as `@default(dbgenerated(...))` with the expression PostgreSQL prints
-- back, and `prisma migrate diff` stays clean. Same configuration as before (`indonesian`).
ALTER TABLE "DipEntry" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('indonesian'::regconfig, coalesce("title", '') || ' ' || coalesce("summary", ''))) STORED;

CREATE INDEX "DipEntry_searchVector_idx" ON "DipEntry" USING GIN ("searchVector");

-- The expression index is replaced by the column's index.
DROP INDEX "DipEntry_search_idx";
