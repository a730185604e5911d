import { DisputeRight } from "@/components/objections/dispute-right";
import { ObjectionChain } from "@/components/objections/objection-chain";
import { ObjectLink } from "@/components/objections/object-link";
import type { RequesterObjectionsView } from "@/lib/view-types/objections";

type Props = {
  view: RequesterObjectionsView;
  /** The requester's own page: link the objections to /akun/keberatan. */
  inAccount?: boolean;
};

/**
 * The chain request → objection → dispute with every deadline, for the requester (UU 14/2008
 * Pasal 35-37), from loadRequesterObjections. The CALLER has checked access (ownership, or number
 * + access code). Mount below a request on /lacak and on /akun/permohonan/[nomor] (with `inAccount`).
 */
export function RequesterObjections({ view, inAccount = false }: Props) {
  const { chain, komisi, objectableRequestNumber } = view;
  if (chain.length === 0 && !objectableRequestNumber) return null;
  const last = chain.at(-1);
  return (
    <section aria-labelledby="keberatan-alur" className="mt-6">
      <h2 id="keberatan-alur" className="mb-2 text-lg font-semibold">Keberatan dan sengketa</h2>
      {objectableRequestNumber && (
        <div className="mb-4">
          <p className="mb-2">Tidak puas dengan layanan atas permohonan ini? Anda dapat mengajukan keberatan kepada Atasan PPID.</p>
          <ObjectLink requestNumber={objectableRequestNumber} />
        </div>
      )}
      {chain.length > 0 && <ObjectionChain objections={chain} komisi={komisi} linkToAccount={inAccount} />}
      {last?.disputeFilingDeadline && last.disputes.length === 0 && last.status !== "CLOSED" && (
        <div className="mt-3"><DisputeRight komisi={komisi} deadline={last.disputeFilingDeadline} answered={last.answerDate !== null} /></div>
      )}
    </section>
  );
}
