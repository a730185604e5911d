-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CITIZEN', 'DESK_OFFICER', 'PPID_UTAMA', 'PPID_PELAKSANA', 'ATASAN_PPID', 'ADMIN');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PPID_UTAMA', 'PPID_PELAKSANA');

-- CreateEnum
CREATE TYPE "RequesterType" AS ENUM ('INDIVIDUAL', 'LEGAL_ENTITY', 'GROUP');

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('NATIONAL', 'CUTI_BERSAMA', 'LOCAL');

-- CreateEnum
CREATE TYPE "NumberKind" AS ENUM ('REQUEST', 'OBJECTION', 'DISPUTE', 'COMPLAINT', 'LETTER_RECEIPT', 'LETTER_WRITTEN_NOTICE', 'LETTER_EXTENSION_NOTICE', 'LETTER_REFUSAL_DECISION', 'LETTER_OBJECTION_RECEIPT', 'LETTER_ATASAN_ANSWER');

-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('ONLINE', 'WALK_IN', 'POST', 'EMAIL', 'PHONE');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('RECEIVED', 'AWAITING_COMPLETION', 'VERIFIED', 'IN_PROCESS', 'ANSWER_PREPARED', 'DECIDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RequestOutcome" AS ENUM ('GRANTED_FULL', 'GRANTED_PARTIAL', 'REJECTED', 'NOT_HELD', 'LAPSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ObtainMethod" AS ENUM ('VIEW', 'READ', 'LISTEN', 'NOTE', 'SOFTCOPY', 'HARDCOPY');

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('PICKUP', 'POST', 'EMAIL', 'COURIER');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('RECEIVED', 'UNDER_REVIEW', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ObjectionOutcome" AS ENUM ('ACCEPTED_FULL', 'ACCEPTED_PARTIAL', 'REJECTED', 'SETTLED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ObjectionGround" AS ENUM ('REFUSED_PASAL_17', 'PERIODIC_NOT_PUBLISHED', 'NOT_ANSWERED', 'ANSWERED_OTHERWISE', 'NOT_FULFILLED', 'UNREASONABLE_FEE', 'LATE_DELIVERY');

-- CreateEnum
CREATE TYPE "RequesterResponse" AS ENUM ('ACCEPTED', 'ESCALATED');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('FILED', 'MEDIATION', 'ADJUDICATION', 'RULED', 'CLOSED');

-- CreateEnum
CREATE TYPE "DisputeOutcome" AS ENUM ('MEDIATION_AGREEMENT', 'GRANTED', 'GRANTED_PARTIAL', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('REQUEST', 'OBJECTION', 'DISPUTE');

-- CreateEnum
CREATE TYPE "AttachmentPurpose" AS ENUM ('KTP', 'LEGAL_ENTITY_DOC', 'POWER_OF_ATTORNEY', 'SUPPORTING', 'COMPLETION', 'ANSWER_DRAFT', 'DELIVERED_INFORMATION', 'DIP_DOCUMENT', 'CONSEQUENCE_TEST_SHEET', 'DISPUTE_DOCUMENT', 'ANNOUNCEMENT_IMAGE');

-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('RECEIPT', 'WRITTEN_NOTICE', 'EXTENSION_NOTICE', 'REFUSAL_DECISION', 'OBJECTION_RECEIPT', 'ATASAN_ANSWER');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "DipCategory" AS ENUM ('BERKALA', 'SERTA_MERTA', 'SETIAP_SAAT', 'DIKECUALIKAN');

-- CreateEnum
CREATE TYPE "DipStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "InfoForm" AS ENUM ('SOFTCOPY', 'HARDCOPY', 'BOTH');

-- CreateEnum
CREATE TYPE "ConsequenceConclusion" AS ENUM ('EXEMPT', 'OPEN', 'PARTLY_OPEN');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('RECEIVED', 'IN_FOLLOW_UP', 'CLOSED');

-- CreateTable
CREATE TABLE "OfficeSetting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "bodyName" TEXT NOT NULL,
    "officeCode" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "website" TEXT,
    "mapUrl" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Makassar',
    "serviceHours" JSONB NOT NULL,
    "cutiBersamaIsWorkingDay" BOOLEAN NOT NULL DEFAULT false,
    "requirementsCompletionDays" INTEGER NOT NULL DEFAULT 2,
    "profile" JSONB NOT NULL,
    "letterhead" JSONB NOT NULL,
    "komisiInformasi" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficeSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "head" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT,
    "position" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "requesterType" "RequesterType",
    "nik" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "occupation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "HolidayKind" NOT NULL,
    "source" TEXT,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "official" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "NumberSequence" (
    "kind" "NumberKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("kind","year")
);

-- CreateTable
CREATE TABLE "InformationRequest" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "accessCode" TEXT NOT NULL,
    "channel" "RequestChannel" NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "receivedDate" DATE NOT NULL,
    "requesterUserId" TEXT,
    "requesterType" "RequesterType" NOT NULL,
    "requesterName" TEXT NOT NULL,
    "nik" TEXT,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "occupation" TEXT,
    "organization" TEXT,
    "informationRequested" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "obtainMethod" "ObtainMethod" NOT NULL,
    "deliveryMethod" "DeliveryMethod" NOT NULL,
    "unitId" TEXT,
    "status" "RequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "outcome" "RequestOutcome",
    "dueDate" DATE,
    "dueRule" TEXT,
    "extendedAt" TIMESTAMP(3),
    "extensionReason" TEXT,
    "completionRequestedOn" DATE,
    "completionDueDate" DATE,
    "decidedAt" TIMESTAMP(3),
    "noticeDate" DATE,
    "decisionNotes" TEXT,
    "withheldParts" JSONB,
    "refusalArticle" TEXT,
    "consequenceTestId" TEXT,
    "holdingBody" TEXT,
    "informationForm" TEXT,
    "medium" TEXT,
    "feeAmount" INTEGER,
    "paymentMethod" TEXT,
    "preparedNotes" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "deliveryNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "submissionKey" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InformationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "requestId" TEXT NOT NULL,
    "filedByUserId" TEXT,
    "channel" "RequestChannel" NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "receivedDate" DATE NOT NULL,
    "grounds" "ObjectionGround"[],
    "casePosition" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "proxyName" TEXT,
    "proxyAddress" TEXT,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'RECEIVED',
    "outcome" "ObjectionOutcome",
    "dueDate" DATE,
    "consultationNote" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answerDate" DATE,
    "answerReasons" TEXT,
    "orderPeriodDays" INTEGER,
    "atasanName" TEXT,
    "atasanPosition" TEXT,
    "requesterResponse" "RequesterResponse",
    "respondedAt" TIMESTAMP(3),
    "disputeDueDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" TEXT NOT NULL,
    "objectionId" TEXT NOT NULL,
    "filedOn" DATE NOT NULL,
    "lateFilingReason" TEXT,
    "commission" TEXT NOT NULL,
    "registerNumber" TEXT,
    "mediationDates" DATE[],
    "adjudicationDates" DATE[],
    "status" "DisputeStatus" NOT NULL DEFAULT 'FILED',
    "outcome" "DisputeOutcome",
    "rulingText" TEXT,
    "rulingDate" DATE,
    "complianceNote" TEXT,
    "compliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpTask" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "objectionId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),
    "doneNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "caseKind" "CaseKind" NOT NULL,
    "requestId" TEXT,
    "objectionId" TEXT,
    "disputeId" TEXT,
    "event" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "data" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "purpose" "AttachmentPurpose" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "requestId" TEXT,
    "objectionId" TEXT,
    "disputeId" TEXT,
    "dipEntryId" TEXT,
    "consequenceTestId" TEXT,
    "altText" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "requestId" TEXT,
    "objectionId" TEXT,
    "content" JSONB NOT NULL,
    "signedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DipEntry" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "category" "DipCategory" NOT NULL,
    "unitId" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "producedWhen" TEXT NOT NULL,
    "producedWhere" TEXT NOT NULL,
    "form" "InfoForm" NOT NULL,
    "retention" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "link" TEXT,
    "status" "DipStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewNote" TEXT,
    "publishedAt" TIMESTAMP(3),
    "consequenceTestId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DipEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DipEvent" (
    "id" TEXT NOT NULL,
    "dipEntryId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "actorId" TEXT,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DipEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsequenceTest" (
    "id" TEXT NOT NULL,
    "information" TEXT NOT NULL,
    "pasal17Letters" TEXT[],
    "otherLegalBasis" TEXT,
    "consequences" TEXT NOT NULL,
    "publicInterest" TEXT NOT NULL,
    "conclusion" "ConsequenceConclusion" NOT NULL,
    "exemptUntil" DATE,
    "exemptionPeriod" TEXT,
    "participants" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsequenceTest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "u1" INTEGER NOT NULL,
    "u2" INTEGER NOT NULL,
    "u3" INTEGER NOT NULL,
    "u4" INTEGER NOT NULL,
    "u5" INTEGER NOT NULL,
    "u6" INTEGER NOT NULL,
    "u7" INTEGER NOT NULL,
    "u8" INTEGER NOT NULL,
    "u9" INTEGER NOT NULL,
    "gender" TEXT,
    "education" TEXT,
    "occupation" TEXT,
    "suggestion" TEXT,
    "requestId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "officialConcerned" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'RECEIVED',
    "followUp" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

-- CreateIndex
CREATE UNIQUE INDEX "InformationRequest_number_key" ON "InformationRequest"("number");

-- CreateIndex
CREATE UNIQUE INDEX "InformationRequest_submissionKey_key" ON "InformationRequest"("submissionKey");

-- CreateIndex
CREATE INDEX "InformationRequest_status_idx" ON "InformationRequest"("status");

-- CreateIndex
CREATE INDEX "InformationRequest_unitId_idx" ON "InformationRequest"("unitId");

-- CreateIndex
CREATE INDEX "InformationRequest_requesterUserId_idx" ON "InformationRequest"("requesterUserId");

-- CreateIndex
CREATE INDEX "InformationRequest_dueDate_idx" ON "InformationRequest"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "InformationRequest_year_sequence_key" ON "InformationRequest"("year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_number_key" ON "Objection"("number");

-- CreateIndex
CREATE INDEX "Objection_requestId_idx" ON "Objection"("requestId");

-- CreateIndex
CREATE INDEX "Objection_status_idx" ON "Objection"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_year_sequence_key" ON "Objection"("year", "sequence");

-- CreateIndex
CREATE INDEX "Dispute_objectionId_idx" ON "Dispute"("objectionId");

-- CreateIndex
CREATE INDEX "CaseEvent_requestId_at_idx" ON "CaseEvent"("requestId", "at");

-- CreateIndex
CREATE INDEX "CaseEvent_objectionId_at_idx" ON "CaseEvent"("objectionId", "at");

-- CreateIndex
CREATE INDEX "CaseEvent_disputeId_at_idx" ON "CaseEvent"("disputeId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_number_key" ON "Letter"("number");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "DipEntry_number_key" ON "DipEntry"("number");

-- CreateIndex
CREATE INDEX "DipEntry_category_status_idx" ON "DipEntry"("category", "status");

-- CreateIndex
CREATE INDEX "DipEntry_unitId_idx" ON "DipEntry"("unitId");

-- CreateIndex
CREATE INDEX "DipEntry_year_idx" ON "DipEntry"("year");

-- CreateIndex
CREATE INDEX "DipEvent_dipEntryId_at_idx" ON "DipEvent"("dipEntryId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_number_key" ON "Complaint"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_year_sequence_key" ON "Complaint"("year", "sequence");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_requesterUserId_fkey" FOREIGN KEY ("requesterUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_consequenceTestId_fkey" FOREIGN KEY ("consequenceTestId") REFERENCES "ConsequenceTest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_filedByUserId_fkey" FOREIGN KEY ("filedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_dipEntryId_fkey" FOREIGN KEY ("dipEntryId") REFERENCES "DipEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_consequenceTestId_fkey" FOREIGN KEY ("consequenceTestId") REFERENCES "ConsequenceTest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DipEntry" ADD CONSTRAINT "DipEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DipEntry" ADD CONSTRAINT "DipEntry_consequenceTestId_fkey" FOREIGN KEY ("consequenceTestId") REFERENCES "ConsequenceTest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DipEvent" ADD CONSTRAINT "DipEvent_dipEntryId_fkey" FOREIGN KEY ("dipEntryId") REFERENCES "DipEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Constraints Prisma's schema language cannot express. Written by hand; valid on PostgreSQL 15+
-- and PGlite. Prisma does not model CHECKs or triggers, so `migrate diff` stays clean.

-- One office per deployment.
ALTER TABLE "OfficeSetting" ADD CONSTRAINT "OfficeSetting_single_row" CHECK ("id" = 1);
ALTER TABLE "OfficeSetting" ADD CONSTRAINT "OfficeSetting_completion_days" CHECK ("requirementsCompletionDays" BETWEEN 1 AND 30);
ALTER TABLE "OfficeSetting" ADD CONSTRAINT "OfficeSetting_time_zone" CHECK ("timeZone" IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));

-- Gap-free numbering: positive sequences, counters never negative.
ALTER TABLE "NumberSequence" ADD CONSTRAINT "NumberSequence_value" CHECK ("value" >= 0);
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_sequence" CHECK ("sequence" > 0);
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_sequence" CHECK ("sequence" > 0);
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_sequence" CHECK ("sequence" > 0);

-- Fees are copying costs only, never negative (UU 14/2008 Pasal 21 with Perki 1/2021).
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_fee" CHECK ("feeAmount" IS NULL OR "feeAmount" >= 0);
-- A closed request has an outcome; an outcome-less request is still open.
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_closed_outcome" CHECK ("status" <> 'CLOSED' OR "outcome" IS NOT NULL);
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_grounds" CHECK (cardinality("grounds") >= 1);

-- Survey scores 1..4 for each of the nine elements (Permenpan RB 14/2017).
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_scores" CHECK (
  "u1" BETWEEN 1 AND 4 AND "u2" BETWEEN 1 AND 4 AND "u3" BETWEEN 1 AND 4 AND
  "u4" BETWEEN 1 AND 4 AND "u5" BETWEEN 1 AND 4 AND "u6" BETWEEN 1 AND 4 AND
  "u7" BETWEEN 1 AND 4 AND "u8" BETWEEN 1 AND 4 AND "u9" BETWEEN 1 AND 4
);

ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_size" CHECK ("size" > 0);

-- A case event names exactly the case of its kind.
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_case" CHECK (
  ("caseKind" = 'REQUEST' AND "requestId" IS NOT NULL AND "objectionId" IS NULL AND "disputeId" IS NULL) OR
  ("caseKind" = 'OBJECTION' AND "objectionId" IS NOT NULL AND "disputeId" IS NULL) OR
  ("caseKind" = 'DISPUTE' AND "disputeId" IS NOT NULL)
);

-- The case log is the register's history: append-only.
CREATE FUNCTION "ppid_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Tabel % hanya boleh ditambah (append-only)', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "CaseEvent_append_only" BEFORE UPDATE OR DELETE ON "CaseEvent"
  FOR EACH ROW EXECUTE FUNCTION "ppid_append_only"();
CREATE TRIGGER "DipEvent_append_only" BEFORE UPDATE ON "DipEvent"
  FOR EACH ROW EXECUTE FUNCTION "ppid_append_only"();
