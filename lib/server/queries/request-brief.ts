import "server-only";
import { fromDbDate, fromDbDateOrNull } from "@/lib/domain/db-date";
import type { RequestBriefView } from "@/lib/view-types/objections";

// The request brief on the objection pages (desk filing, the Atasan's case page), copied field by
// field so a new request column does not reach the component unchecked.

type BriefRow = {
  id: string;
  number: string;
  receivedDate: Date;
  requesterName: string;
  phone?: string | null;
  informationRequested: string;
  purpose: string;
  status: string;
  outcome: string | null;
  noticeDate: Date | null;
  refusalArticle: string | null;
  decisionNotes: string | null;
  unit: { name: string } | null;
  consequenceTest: {
    information: string;
    pasal17Letters: string[];
    consequences: string;
    publicInterest: string;
    conclusion: string;
    decisionNumber: string;
    decisionDate: Date;
  } | null;
};

export function toRequestBrief(row: BriefRow): RequestBriefView {
  const t = row.consequenceTest;
  return {
    id: row.id,
    number: row.number,
    receivedDate: fromDbDate(row.receivedDate),
    requesterName: row.requesterName,
    phone: row.phone ?? null,
    informationRequested: row.informationRequested,
    purpose: row.purpose,
    status: row.status,
    outcome: row.outcome,
    noticeDate: fromDbDateOrNull(row.noticeDate),
    refusalArticle: row.refusalArticle,
    decisionNotes: row.decisionNotes,
    unitName: row.unit?.name ?? null,
    consequenceTest: t && {
      information: t.information,
      pasal17Letters: [...t.pasal17Letters],
      consequences: t.consequences,
      publicInterest: t.publicInterest,
      conclusion: t.conclusion,
      decisionNumber: t.decisionNumber,
      decisionDate: fromDbDate(t.decisionDate),
    },
  };
}
