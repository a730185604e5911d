import "server-only";
import { db } from "@/lib/server/db";

// The request an objection is filed against (UU 14/2008 Pasal 35), for the two filing pages.

/** Desk entry (/kantor/keberatan/baru): any request by its number, with what the brief shows. */
export async function findRequestForDeskObjection(number: string) {
  return db().informationRequest.findUnique({ where: { number }, include: { unit: { select: { name: true } }, consequenceTest: true } });
}

/** The requester's own filing: only a request of the signed-in requester (Pasal 35: the requester objects). */
export async function findOwnRequestForObjection(userId: string, number: string) {
  return db().informationRequest.findFirst({ where: { number, requesterUserId: userId } });
}
