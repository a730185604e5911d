import "server-only";
import { db } from "@/lib/server/db";

/** A citizen's saved profile, to pre-fill the online request form (UU 14/2008 Pasal 22(1)). */
export async function getRequesterProfile(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { requesterType: true, name: true, nik: true, phone: true, address: true, occupation: true, email: true },
  });
}
