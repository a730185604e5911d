import "server-only";
import type { TCreateStaffUserInput } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertAcceptablePassword } from "@/lib/server/password-policy";
import { hashPassword } from "@/lib/server/passwords";
import { endAllSessions } from "@/lib/server/user-sessions";
import { isUniqueViolation } from "@/lib/server/prisma-errors";

export async function createStaffUser(input: TCreateStaffUserInput): Promise<{ id: string }> {
  if (input.unitId) {
    const unit = await db().unit.findUnique({ where: { id: input.unitId } });
    if (!unit) throw new UserError("INVALID_INPUT", "Unit tidak ditemukan.", { unitId: "Pilih unit yang ada." });
  }
  assertAcceptablePassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        unitId: input.unitId ?? null,
        position: input.position ?? null,
        passwordHash,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("CONFLICT", "Email ini sudah dipakai akun lain.", { email: "Email sudah dipakai." });
    throw error;
  }
}

export async function setUserDisabled(actorId: string, userId: string, disabled: boolean): Promise<void> {
  if (actorId === userId && disabled) throw new UserError("INVALID_STATE", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
  const result = await db().user.updateMany({ where: { id: userId }, data: { disabled } });
  if (result.count === 0) throw new UserError("NOT_FOUND", "Akun tidak ditemukan.");
  // A disabled account is out everywhere at once, not at its next sign-in.
  if (disabled) await endAllSessions(userId);
}
