-- CreateTable
CREATE TABLE "DipComplianceMapping" (
    "id" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "dipEntryId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DipComplianceMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DipComplianceMapping_dipEntryId_idx" ON "DipComplianceMapping"("dipEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "DipComplianceMapping_itemCode_dipEntryId_key" ON "DipComplianceMapping"("itemCode", "dipEntryId");

-- AddForeignKey
ALTER TABLE "DipComplianceMapping" ADD CONSTRAINT "DipComplianceMapping_dipEntryId_fkey" FOREIGN KEY ("dipEntryId") REFERENCES "DipEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;


