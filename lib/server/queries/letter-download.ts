import "server-only";
import { db } from "@/lib/server/db";

/** A letter with the request it belongs to (directly, or through its objection), for /api/surat. */
export async function loadLetterForDownload(id: string) {
  const letter = await db().letter.findUnique({
    where: { id },
    include: { request: true, objection: { include: { request: true } } },
  });
  const kase = letter?.request ?? letter?.objection?.request;
  return letter && kase ? { letter, kase } : null;
}
