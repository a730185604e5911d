import "server-only";
import { PERSONAL_DATA_PURPOSES, type AttachmentPurpose } from "@/lib/domain/attachment-access";
import { can, caseInScope, caseScopeFor, type CaseActor } from "@/lib/domain/permissions";
import { maskNik } from "@/lib/domain/nik";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// One request for its case page (/kantor/permohonan/[id]). Refuses what lies outside the user's
// case scope (a PPID Pelaksana: only requests forwarded to their unit). Personal data (UU 27/2022
// PDP): the NIK is masked and identity papers are left out unless personal_data.view.

const INCLUDE = {
  unit: { select: { id: true, name: true, code: true } },
  requesterUser: { select: { id: true, email: true } },
  consequenceTest: true,
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, purpose: true, fileName: true, size: true, createdAt: true } },
  letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, number: true, date: true, deliveredVia: true, receivedOn: true } },
  events: { orderBy: { at: "asc" }, include: { actor: { select: { name: true } } } },
} satisfies Prisma.InformationRequestInclude;

type Loaded = Prisma.InformationRequestGetPayload<{ include: typeof INCLUDE }>;

export type RequestCase = Omit<Loaded, "nik" | "attachments"> & {
  nikShown: string;
  nikMasked: boolean;
  attachments: (Loaded["attachments"][number] & { personal: boolean })[];
  /** Identity papers that were left out for lack of personal_data.view. */
  hiddenPersonalFiles: number;
};

export type RequestCaseResult = { kind: "not_found" } | { kind: "forbidden" } | { kind: "ok"; kase: RequestCase };

export async function loadRequestCase(actor: CaseActor, id: string): Promise<RequestCaseResult> {
  const row = await db().informationRequest.findUnique({ where: { id }, include: INCLUDE });
  if (!row) return { kind: "not_found" };
  if (!caseInScope(caseScopeFor(actor), row)) return { kind: "forbidden" };
  const owner = row.requesterUserId !== null && row.requesterUserId === actor.userId;
  const personal = owner || can(actor.role, "personal_data.view");
  const { nik, attachments, ...rest } = row;
  const isPersonal = (purpose: string) => PERSONAL_DATA_PURPOSES.includes(purpose as AttachmentPurpose);
  const visible = attachments.filter((a) => personal || !isPersonal(a.purpose)).map((a) => ({ ...a, personal: isPersonal(a.purpose) }));
  return {
    kind: "ok",
    kase: {
      ...rest,
      nikShown: personal ? (nik ?? "—") : maskNik(nik),
      nikMasked: !personal && Boolean(nik),
      attachments: visible,
      hiddenPersonalFiles: attachments.length - visible.length,
    },
  };
}

/** Consequence tests a refusal or partial grant may rest on (not "open"), newest first. */
export async function listExemptingTests() {
  return db().consequenceTest.findMany({
    where: { conclusion: { not: "OPEN" } },
    orderBy: { decisionDate: "desc" },
    select: { id: true, information: true, decisionNumber: true, pasal17Letters: true, exemptUntil: true, conclusion: true },
  });
}
