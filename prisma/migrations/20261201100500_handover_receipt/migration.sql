-- CreateEnum
CREATE TYPE "HandoverMethod" AS ENUM ('IN_PERSON', 'POST', 'EMAIL', 'COURIER', 'PORTAL');

-- AlterEnum
ALTER TYPE "LetterKind" ADD VALUE 'HANDOVER_RECEIPT';

-- AlterEnum
ALTER TYPE "NumberKind" ADD VALUE 'LETTER_HANDOVER_RECEIPT';

-- AlterEnum
ALTER TYPE "ObjectionOutcome" ADD VALUE 'INADMISSIBLE';

-- AlterTable
ALTER TABLE "InformationRequest" ADD COLUMN     "deliveredOn" DATE,
ADD COLUMN     "handoverByProxy" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "handoverMethod" "HandoverMethod",
ADD COLUMN     "handoverRecipient" TEXT;

-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "deliveredVia" "HandoverMethod",
ADD COLUMN     "receivedOn" DATE;

-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "settledGrounds" "ObjectionGround"[] DEFAULT ARRAY[]::"ObjectionGround"[],
ADD COLUMN     "windowWarning" TEXT;


