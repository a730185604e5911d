import { DisputeRight } from "@/components/objections/dispute-right";
import { ObjectionChain } from "@/components/objections/objection-chain";
import { ObjectLink } from "@/components/objections/object-link";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { db } from "@/lib/server/db";
import { objectionChainForRequest } from "@/lib/server/queries/objection-chain";
import { groundsForRequest } from "@/lib/server/queries/objection-facts";
import { getOffice } from "@/lib/server/queries/office";

type Props = {
  requestId: string;
  /** The requester's own page: link the objections to /akun/keberatan and offer "Ajukan keberatan". */
  inAccount?: boolean;
};

/**
 * The chain request → objection → dispute with every deadline, for the requester (UU 14/2008
 * Pasal 35-37). The CALLER has checked access (ownership, or number + access code). Mount below a
 * request on /lacak and on /akun/permohonan/[nomor] (with `inAccount`).
 */
export async function RequesterObjections({ requestId, inAccount = false }: Props) {
  const [chain, office] = await Promise.all([objectionChainForRequest(requestId), getOffice()]);
  const request = inAccount ? await db().informationRequest.findUnique({ where: { id: requestId } }) : null;
  // Offered only when a ground can be used today (the form itself shows which and until when).
  const canObject = request !== null && groundsForRequest(request, await getCalendarConfig(), new Date()).availability.some((a) => a.available);
  if (chain.length === 0 && !canObject) return null;
  const last = chain.at(-1);
  return (
    <section aria-labelledby="keberatan-alur" className="mt-6">
      <h2 id="keberatan-alur" className="mb-2 text-lg font-semibold">Keberatan dan sengketa</h2>
      {canObject && request && (
        <div className="mb-4">
          <p className="mb-2">Tidak puas dengan layanan atas permohonan ini? Anda dapat mengajukan keberatan kepada Atasan PPID.</p>
          <ObjectLink requestNumber={request.number} />
        </div>
      )}
      {chain.length > 0 && <ObjectionChain objections={chain} komisi={office.komisiInformasi} linkToAccount={inAccount} />}
      {last?.disputeFilingDeadline && last.disputes.length === 0 && last.status !== "CLOSED" && (
        <div className="mt-3"><DisputeRight komisi={office.komisiInformasi} deadline={last.disputeFilingDeadline} answered={last.answerDate !== null} /></div>
      )}
    </section>
  );
}
