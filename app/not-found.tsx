import Link from "next/link";

export default function NotFound() {
  return (
    <main id="konten" className="mx-auto w-full max-w-3xl flex-1 px-4 py-12">
      <h1 className="text-2xl font-bold text-brand-900">Halaman tidak ditemukan</h1>
      <p className="mt-3">Alamat yang Anda buka tidak ada atau sudah dipindahkan.</p>
      <p className="mt-3">
        <Link href="/" className="font-medium text-brand-700 underline">Kembali ke Beranda</Link> atau{" "}
        <Link href="/informasi-publik" className="font-medium text-brand-700 underline">cari di Daftar Informasi Publik</Link>.
      </p>
    </main>
  );
}
