import "server-only";
import { officeLocalToInstant } from "@/lib/domain/calendar";
import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import type { TRegisterRequestInput } from "@/lib/schemas/request";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { intakeRequest, type IntakeResult } from "@/lib/server/services/request-intake";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

/**
 * The desk enters a request that came in person, by post, e-mail or phone (UU 14/2008 Pasal
 * 22(1); docs/domain.md, Requests step 1) with its REAL moment of receipt, office-local: the receipt date and
 * the 10 working days count from then, not from the typing (register-request may come days later).
 */
export async function registerRequest(actor: StaffActor, input: TRegisterRequestInput, now: Date = new Date()): Promise<IntakeResult> {
  assertPermission(actor, "request.register_on_behalf");
  const office = await db().officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
  const [hours, minutes] = input.receivedTime.split(":").map(Number) as [number, number];
  const submittedAt = officeLocalToInstant(input.receivedDate, office.timeZone, { hours, minutes });
  if (submittedAt.getTime() > now.getTime()) {
    const message = `Waktu diterima tidak boleh di masa depan (sekarang ${formatOfficeDateTimeId(now, office.timeZone)}).`;
    throw new UserError("INVALID_INPUT", message, { receivedDate: message });
  }
  const { document, channel, receivedDate: _date, receivedTime: _time, ...fields } = input;
  return intakeRequest(
    { id: actor.id, role: actor.role },
    // A desk entry belongs to no citizen account (permissions.ts caseScopeFor).
    { event: "REGISTER", channel, submittedAt, fields, document, requesterUserId: null },
    now,
  );
}
