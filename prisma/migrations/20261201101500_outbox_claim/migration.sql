-- The outbox sender's claim token: a sender renews its lease before each message and skips a
-- message whose claim another sender has taken over (lib/server/mail/send-outbox.ts).
ALTER TABLE "EmailOutbox" ADD COLUMN "claimedBy" TEXT;
