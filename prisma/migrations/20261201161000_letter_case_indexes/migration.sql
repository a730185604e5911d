-- A case's letters by kind: the case page and the deadline recompute (letters stating a moved date)
-- read them per request or objection; without an index each read scans every letter.
CREATE INDEX "Letter_requestId_kind_idx" ON "Letter"("requestId", "kind");
CREATE INDEX "Letter_objectionId_kind_idx" ON "Letter"("objectionId", "kind");
