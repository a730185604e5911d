-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('ABUSE_OF_AUTHORITY', 'OFFICIAL_VIOLATION', 'SERVICE_QUALITY');

-- AlterEnum
ALTER TYPE "AttachmentPurpose" ADD VALUE 'COMPLAINT_EVIDENCE';

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "complaintId" TEXT;

-- AlterTable
ALTER TABLE "Complaint" DROP COLUMN "followUp",
ADD COLUMN     "accessCode" TEXT NOT NULL,
ADD COLUMN     "assignedToId" TEXT,
ADD COLUMN     "category" "ComplaintCategory" NOT NULL DEFAULT 'SERVICE_QUALITY',
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closingAnswer" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "incidentDate" DATE,
ADD COLUMN     "submissionKey" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "unitId" TEXT,
ALTER COLUMN "name" DROP NOT NULL,
ALTER COLUMN "contact" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ComplaintNote" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplaintNote_complaintId_createdAt_idx" ON "ComplaintNote"("complaintId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_submissionKey_key" ON "Complaint"("submissionKey");

-- CreateIndex
CREATE INDEX "Complaint_status_idx" ON "Complaint"("status");

-- CreateIndex
CREATE INDEX "Complaint_userId_idx" ON "Complaint"("userId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintNote" ADD CONSTRAINT "ComplaintNote_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintNote" ADD CONSTRAINT "ComplaintNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


