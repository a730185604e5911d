import "server-only";
import type { CourtKind, CourtStageFacts } from "@/lib/domain/court-stages";
import type { CourtStage } from "@/lib/generated/prisma/client";
import { fromDbDateOrNull } from "@/lib/domain/db-date";
import type { CourtStageView } from "@/lib/view-types/objections";

// Court stages (UU 14/2008 Pasal 47-50) as the facts of lib/domain/court-stages.ts and as the
// plain view the dispute pages, the bundle and the tracking page show.


export function courtStageFacts(stage: CourtStage): CourtStageFacts {
  return { court: stage.court as CourtKind, ruled: stage.rulingDate !== null, rulingDate: fromDbDateOrNull(stage.rulingDate), rulingReceivedOn: fromDbDateOrNull(stage.rulingReceivedOn) };
}

export function courtStageView(stage: CourtStage): CourtStageView {
  return {
    id: stage.id,
    court: stage.court as CourtKind,
    courtName: stage.courtName,
    filedBy: stage.filedBy,
    filedOn: fromDbDateOrNull(stage.filedOn)!,
    filingDeadline: fromDbDateOrNull(stage.filingDeadline),
    lateFilingReason: stage.lateFilingReason,
    registerNumber: stage.registerNumber,
    rulingDate: fromDbDateOrNull(stage.rulingDate),
    rulingReceivedOn: fromDbDateOrNull(stage.rulingReceivedOn),
    rulingText: stage.rulingText,
    opensInformation: stage.opensInformation,
  };
}
