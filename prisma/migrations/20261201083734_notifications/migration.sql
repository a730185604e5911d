-- Notifications (issue 10): the outbox carries a stable Message-ID, its case, its letter, a claim
-- lease for the sender and a de-duplication key for reminders; users keep their mail choices.
ALTER TABLE "User" ADD COLUMN "mailOptOut" TEXT[] DEFAULT ARRAY[]::TEXT[];

ALTER TABLE "EmailOutbox" ADD COLUMN "messageId" TEXT;
UPDATE "EmailOutbox" SET "messageId" = '<' || "id" || '@portal-ppid>' WHERE "messageId" IS NULL;
ALTER TABLE "EmailOutbox" ALTER COLUMN "messageId" SET NOT NULL;
ALTER TABLE "EmailOutbox" ADD COLUMN "category" TEXT NOT NULL DEFAULT 'OTHER',
  ADD COLUMN "statutory" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "recipientUserId" TEXT,
  ADD COLUMN "requestId" TEXT,
  ADD COLUMN "objectionId" TEXT,
  ADD COLUMN "caseEventId" TEXT,
  ADD COLUMN "letterId" TEXT,
  ADD COLUMN "dedupeKey" TEXT,
  ADD COLUMN "lockedUntil" TIMESTAMP(3);

CREATE UNIQUE INDEX "EmailOutbox_messageId_key" ON "EmailOutbox"("messageId");
CREATE UNIQUE INDEX "EmailOutbox_dedupeKey_key" ON "EmailOutbox"("dedupeKey");
CREATE INDEX "EmailOutbox_requestId_idx" ON "EmailOutbox"("requestId");
CREATE INDEX "EmailOutbox_objectionId_idx" ON "EmailOutbox"("objectionId");
