import Link from "next/link";

export type SurveyOfferView = { state: "open"; href: string } | { state: "done" };

/** Shown under a closed request: its one-time survey link, or thanks once filled. */
export function SurveyOffer({ offer }: { offer: SurveyOfferView | null }) {
  if (!offer) return null;
  return (
    <section aria-labelledby="survei-permohonan" className="mt-6 max-w-3xl rounded border border-brand-700 bg-brand-50 p-4">
      <h2 id="survei-permohonan" className="text-lg font-semibold text-brand-900">Survei Kepuasan Masyarakat</h2>
      {offer.state === "open" ? (
        <p className="mt-1">
          Permohonan Anda sudah selesai. Bagaimana pelayanan kami? Isi survei singkat tanpa nama (satu kali untuk permohonan ini):{" "}
          <Link href={offer.href} className="font-semibold underline">Isi survei kepuasan</Link>
        </p>
      ) : (
        <p className="mt-1">Terima kasih, survei untuk permohonan ini sudah diisi.</p>
      )}
    </section>
  );
}
