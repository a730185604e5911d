-- Full-text search of the public catalogue in Indonesian (snowball stemmer: "permohonan" -> "mohon",
-- "anggaran" -> "anggar"). An expression index, not a generated column, so schema.prisma stays the
-- single source of the model and `prisma migrate diff` stays clean. Queries must repeat exactly this
-- expression (lib/server/queries/dip-search-sql.ts) for the planner to use the index.
-- The `indonesian` configuration ships with PostgreSQL >= 13 and with PGlite.
CREATE INDEX "DipEntry_search_idx" ON "DipEntry"
  USING GIN (to_tsvector('indonesian'::regconfig, coalesce("title", '') || ' ' || coalesce("summary", '')));
