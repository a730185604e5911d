-- CreateTable
CREATE TABLE "ServiceReportText" (
    "periodKey" TEXT NOT NULL,
    "servicePolicy" TEXT NOT NULL DEFAULT '',
    "facilities" TEXT NOT NULL DEFAULT '',
    "staffing" TEXT NOT NULL DEFAULT '',
    "staffCount" INTEGER,
    "budget" TEXT NOT NULL DEFAULT '',
    "budgetAllocated" BIGINT,
    "budgetSpent" BIGINT,
    "obstacles" TEXT NOT NULL DEFAULT '',
    "recommendations" TEXT NOT NULL DEFAULT '',
    "followUp" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceReportText_pkey" PRIMARY KEY ("periodKey")
);
