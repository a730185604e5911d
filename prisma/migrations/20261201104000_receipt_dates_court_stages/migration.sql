-- CreateEnum
CREATE TYPE "CourtKind" AS ENUM ('PTUN', 'PN', 'MA');

-- AlterEnum
ALTER TYPE "DisputeStatus" ADD VALUE 'IN_COURT';

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "rulingReceivedOn" DATE;

-- AlterTable
ALTER TABLE "InformationRequest" ADD COLUMN     "noticeReceivedOn" DATE;

-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "answerReceivedOn" DATE;

-- CreateTable
CREATE TABLE "CourtStage" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "court" "CourtKind" NOT NULL,
    "courtName" TEXT NOT NULL,
    "filedBy" TEXT NOT NULL,
    "filedOn" DATE NOT NULL,
    "filingDeadline" DATE,
    "lateFilingReason" TEXT,
    "registerNumber" TEXT,
    "rulingDate" DATE,
    "rulingReceivedOn" DATE,
    "rulingText" TEXT,
    "opensInformation" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourtStage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CourtStage_disputeId_idx" ON "CourtStage"("disputeId");

-- AddForeignKey
ALTER TABLE "CourtStage" ADD CONSTRAINT "CourtStage_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


