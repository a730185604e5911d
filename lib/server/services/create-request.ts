import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import type { TCreateRequestInput } from "@/lib/schemas/request";
import { UserError } from "@/lib/server/errors";
import { intakeRequest, type IntakeResult } from "@/lib/server/services/request-intake";

/** Who files online: a signed-in user, or null for someone without an account. */
export type OnlineRequester = { id: string; role: Role } | null;

/**
 * Online filing through the portal (UU 14/2008 Pasal 22(1)): by a signed-in citizen (the request
 * then belongs to their account) or by anyone without an account (followed with the access code).
 * Staff register requests at the desk instead; the workflow table refuses them SUBMIT.
 */
export async function createRequest(
  requester: OnlineRequester,
  input: TCreateRequestInput,
  now: Date = new Date(),
): Promise<IntakeResult> {
  // The identity paper is part of an online request (docs/domain.md, Requests); the form says so too.
  if (!input.document) throw new UserError("INVALID_INPUT", "Unggah dokumen identitas.", { document: "Unggah dokumen identitas (PDF, JPG, atau PNG)." });
  const { document, ...fields } = input;
  const actor = { id: requester?.id ?? null, role: requester?.role ?? "CITIZEN" } as const;
  return intakeRequest(
    actor,
    {
      event: "SUBMIT",
      channel: "ONLINE",
      submittedAt: now,
      fields,
      document,
      requesterUserId: requester && can(requester.role, "request.view_own") ? requester.id : null,
    },
    now,
  );
}
