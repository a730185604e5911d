-- The register's full-text search (requester name and request text) moves from an expression index
-- on "InformationRequest" into a table of its own. Every due-date change writes a new version of the
-- request's row into each of its indexes (the date is indexed: never a HOT update), and the GIN
-- index was the dearest of them: a calendar change moving 100,000 deadlines rewrote 100,000 search
-- entries whose words had not changed. Here a row is written only when the words (or the received
-- time the search orders by) change, by the trigger below, on PGlite and PostgreSQL alike. The
-- search reads this table alone (lib/server/queries/request-register-search.ts) and rechecks the
-- stored vector instead of recomputing it from the text.
CREATE TABLE "RequestSearch" (
    "requestId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "RequestSearch_pkey" PRIMARY KEY ("requestId")
);

ALTER TABLE "RequestSearch" ADD CONSTRAINT "RequestSearch_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION request_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RequestSearch" ("requestId", "submittedAt", "vector")
  VALUES (NEW."id", NEW."submittedAt", to_tsvector('simple'::regconfig, coalesce(NEW."requesterName", '') || ' ' || coalesce(NEW."informationRequested", '')))
  ON CONFLICT ("requestId") DO UPDATE SET "submittedAt" = EXCLUDED."submittedAt", "vector" = EXCLUDED."vector";
  RETURN NULL;
END $$;

CREATE TRIGGER "InformationRequest_search_sync"
  AFTER INSERT OR UPDATE OF "requesterName", "informationRequested", "submittedAt" ON "InformationRequest"
  FOR EACH ROW EXECUTE FUNCTION request_search_sync();

INSERT INTO "RequestSearch" ("requestId", "submittedAt", "vector")
SELECT "id", "submittedAt", to_tsvector('simple'::regconfig, coalesce("requesterName", '') || ' ' || coalesce("informationRequested", ''))
FROM "InformationRequest";

CREATE INDEX "RequestSearch_vector_idx" ON "RequestSearch" USING GIN ("vector");
-- A word most requests contain is answered by walking the newest first instead.
CREATE INDEX "RequestSearch_submittedAt_idx" ON "RequestSearch"("submittedAt");

DROP INDEX "InformationRequest_search_idx";
