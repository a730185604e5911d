-- The request register at a million rows: indexes for its filters and sorts.
CREATE INDEX "InformationRequest_status_dueDate_idx" ON "InformationRequest"("status", "dueDate");
CREATE INDEX "InformationRequest_unitId_year_sequence_idx" ON "InformationRequest"("unitId", "year", "sequence");
CREATE INDEX "InformationRequest_submittedAt_idx" ON "InformationRequest"("submittedAt");
CREATE INDEX "InformationRequest_sequence_idx" ON "InformationRequest"("sequence");
CREATE INDEX "Objection_status_dueDate_idx" ON "Objection"("status", "dueDate");

-- Register search: words of the requester's name and of the request text. Must stay the same
-- expression as REQUEST_SEARCH_VECTOR in lib/server/queries/request-register-search.ts.
CREATE INDEX "InformationRequest_search_idx" ON "InformationRequest"
  USING GIN (to_tsvector('simple'::regconfig, coalesce("requesterName", '') || ' ' || coalesce("informationRequested", '')));
