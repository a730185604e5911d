-- A case's files are read by the case they belong to, in upload order (case pages, the citizen's own
-- list, DIP entries); the table had no index but its storage key, so each of those reads scanned it.
CREATE INDEX "Attachment_requestId_createdAt_idx" ON "Attachment"("requestId", "createdAt");
CREATE INDEX "Attachment_objectionId_createdAt_idx" ON "Attachment"("objectionId", "createdAt");
CREATE INDEX "Attachment_disputeId_createdAt_idx" ON "Attachment"("disputeId", "createdAt");
CREATE INDEX "Attachment_dipEntryId_createdAt_idx" ON "Attachment"("dipEntryId", "createdAt");
CREATE INDEX "Attachment_consequenceTestId_idx" ON "Attachment"("consequenceTestId");
CREATE INDEX "Attachment_complaintId_createdAt_idx" ON "Attachment"("complaintId", "createdAt");
