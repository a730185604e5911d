-- CreateEnum
CREATE TYPE "SurveyChannel" AS ENUM ('REQUEST', 'WALK_IN');

-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "ageGroup" TEXT,
ADD COLUMN     "channel" "SurveyChannel" NOT NULL DEFAULT 'WALK_IN',
ADD COLUMN     "unitId" TEXT,
ALTER COLUMN "u1" DROP NOT NULL,
ALTER COLUMN "u2" DROP NOT NULL,
ALTER COLUMN "u3" DROP NOT NULL,
ALTER COLUMN "u4" DROP NOT NULL,
ALTER COLUMN "u5" DROP NOT NULL,
ALTER COLUMN "u6" DROP NOT NULL,
ALTER COLUMN "u7" DROP NOT NULL,
ALTER COLUMN "u8" DROP NOT NULL,
ALTER COLUMN "u9" DROP NOT NULL;

-- CreateTable
CREATE TABLE "SurveyFollowUp" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "half" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyFollowUp_year_half_key" ON "SurveyFollowUp"("year", "half");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_requestId_key" ON "SurveyResponse"("requestId");

-- CreateIndex
CREATE INDEX "SurveyResponse_submittedAt_idx" ON "SurveyResponse"("submittedAt");

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InformationRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;


