"use client";

import Link from "next/link";

/** Shown instead of a bare 500 page: plain Indonesian, a way to retry, no technical detail. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="konten" className="mx-auto w-full max-w-3xl flex-1 px-4 py-12">
      <h1 className="text-2xl font-bold text-brand-900">Maaf, terjadi gangguan</h1>
      <p className="mt-3">Halaman ini tidak dapat ditampilkan saat ini. Silakan coba lagi sebentar lagi.</p>
      <p className="mt-3 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Coba lagi
        </button>
        <Link href="/" className="self-center font-medium text-brand-700 underline">Kembali ke Beranda</Link>
      </p>
    </main>
  );
}
