import "server-only";
import type { TRegisterCitizenInput } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/passwords";
import { isUniqueViolation } from "@/lib/server/prisma-errors";

/** Citizens register themselves (staff accounts are made by the administrator). */
export async function registerCitizen(input: TRegisterCitizenInput): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: {
        email: input.email,
        name: input.name,
        phone: input.phone,
        passwordHash,
        role: "CITIZEN",
        requesterType: "INDIVIDUAL",
      },
      select: { id: true },
    });
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new UserError("Email ini sudah terdaftar. Silakan masuk, atau gunakan email lain.", {
        email: "Email ini sudah terdaftar.",
      });
    }
    throw error;
  }
}
