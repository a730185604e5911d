// Demo catalogue: a few dozen entries across the four categories (UU 14/2008 Pasal 9–11, 17).
type Cat = "BERKALA" | "SERTA_MERTA" | "SETIAP_SAAT" | "DIKECUALIKAN";
export type DemoDip = {
  title: string;
  summary: string;
  category: Cat;
  unit: string;
  year: number;
  form?: "SOFTCOPY" | "HARDCOPY" | "BOTH";
  retention?: string;
  status?: "DRAFT" | "SUBMITTED" | "PUBLISHED";
  test?: string;
};

const B = (title: string, unit: string, year: number, summary: string): DemoDip => ({ title, summary, unit, year, category: "BERKALA" });
const S = (title: string, unit: string, year: number, summary: string): DemoDip => ({ title, summary, unit, year, category: "SETIAP_SAAT" });
const M = (title: string, unit: string, year: number, summary: string): DemoDip => ({ title, summary, unit, year, category: "SERTA_MERTA" });

export const DEMO_DIP: DemoDip[] = [
  B("Anggaran Pendapatan dan Belanja Daerah (APBD) Kota Kupang Tahun 2026", "BPKAD", 2026, "Ringkasan anggaran pendapatan, belanja, dan pembiayaan daerah yang ditetapkan dengan peraturan daerah."),
  B("Laporan Keuangan Pemerintah Daerah Tahun 2025 (audited)", "BPKAD", 2025, "Laporan realisasi anggaran, neraca, laporan arus kas, dan catatan atas laporan keuangan yang telah diperiksa BPK."),
  B("Realisasi Anggaran Semester I Tahun 2026", "BPKAD", 2026, "Realisasi pendapatan dan belanja daerah sampai dengan 30 Juni 2026."),
  B("Rencana Strategis Dinas Kesehatan 2025–2029", "DINKES", 2025, "Tujuan, sasaran, program, dan indikator kinerja Dinas Kesehatan lima tahun."),
  B("Profil Kesehatan Kota Kupang Tahun 2025", "DINKES", 2025, "Data derajat kesehatan, sarana kesehatan, tenaga kesehatan, dan cakupan imunisasi."),
  B("Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Kesehatan 2025", "DINKES", 2025, "Capaian kinerja Dinas Kesehatan dibandingkan target tahun 2025."),
  B("Data Pokok Pendidikan: Jumlah Sekolah, Guru, dan Siswa 2026", "DIKBUD", 2026, "Rekapitulasi satuan pendidikan, guru, dan peserta didik per kecamatan."),
  B("Petunjuk Teknis Penerimaan Peserta Didik Baru 2026", "DIKBUD", 2026, "Jalur, kuota, jadwal, dan persyaratan penerimaan peserta didik baru jenjang SD dan SMP."),
  B("Rencana Kerja Dinas Pendidikan dan Kebudayaan 2026", "DIKBUD", 2026, "Program dan kegiatan tahun 2026 beserta pagu indikatifnya."),
  B("Rencana Umum Pengadaan Barang/Jasa Tahun 2026", "DPUPR", 2026, "Daftar paket pengadaan barang/jasa, cara pengadaan, dan perkiraan waktu pelaksanaan."),
  B("Laporan Kinerja Dinas PUPR Tahun 2025", "DPUPR", 2025, "Capaian pembangunan jalan, drainase, dan air minum tahun 2025."),
  B("Rencana Kontinjensi Banjir Kota Kupang", "BPBD", 2025, "Skenario, sumber daya, dan pembagian peran saat banjir."),
  B("Laporan Layanan Informasi Publik Tahun 2025", "DISKOMINFO", 2025, "Jumlah permohonan, waktu layanan, permohonan yang dikabulkan atau ditolak beserta alasannya, keberatan, dan sengketa."),
  B("Daftar Informasi Publik Kota Kupang Tahun 2026", "DISKOMINFO", 2026, "Daftar seluruh informasi publik yang dikuasai Pemerintah Kota Kupang."),
  B("Peraturan Daerah Kota Kupang Tahun 2025", "DISKOMINFO", 2025, "Kumpulan peraturan daerah yang ditetapkan sepanjang tahun 2025."),
  M("Peringatan Dini Cuaca Ekstrem dan Gelombang Tinggi", "BPBD", 2026, "Peringatan dini hujan lebat, angin kencang, dan gelombang tinggi di wilayah Kota Kupang serta langkah keselamatan."),
  M("Kewaspadaan Demam Berdarah Dengue (DBD) Musim Hujan 2026", "DINKES", 2026, "Peningkatan kasus DBD, lokasi fogging, dan imbauan 3M Plus kepada warga."),
  M("Lokasi Pengungsian Sementara dan Jalur Evakuasi", "BPBD", 2026, "Daftar titik kumpul, tempat pengungsian sementara, dan jalur evakuasi per kelurahan."),
  M("Gangguan Layanan Air Bersih di Kecamatan Oebobo", "DPUPR", 2026, "Jadwal distribusi air dengan mobil tangki selama perbaikan pipa transmisi."),
  S("Daftar Aset Tanah Pemerintah Kota Kupang", "BPKAD", 2026, "Daftar bidang tanah milik daerah beserta luas, lokasi, dan status sertifikat."),
  S("Standar Operasional Prosedur Pelayanan Informasi Publik", "DISKOMINFO", 2025, "Langkah pelayanan permohonan informasi, keberatan, dan penanganan sengketa."),
  S("Daftar Puskesmas dan Jam Pelayanan", "DINKES", 2026, "Alamat, nomor telepon, jenis layanan, dan jam buka puskesmas se-Kota Kupang."),
  S("Perjanjian Kerja Sama Pemerintah Kota dengan Pihak Ketiga", "DISKOMINFO", 2025, "Daftar perjanjian kerja sama yang masih berlaku beserta ruang lingkupnya."),
  S("Data Jalan Kota Berdasarkan Kondisi", "DPUPR", 2025, "Panjang jalan kota dalam kondisi baik, sedang, rusak ringan, dan rusak berat."),
  S("Daftar Penerima Beasiswa Daerah 2026", "DIKBUD", 2026, "Nama sekolah asal dan jumlah penerima beasiswa daerah per jenjang (tanpa data pribadi)."),
  S("Statistik Kejadian Bencana 2020–2025", "BPBD", 2025, "Jumlah dan jenis kejadian bencana, korban, dan kerugian per tahun."),
  S("Dokumen Kontrak Pembangunan Drainase Jalan El Tari", "DPUPR", 2025, "Kontrak, nilai, penyedia, dan jangka waktu pekerjaan yang telah selesai.", ),
  { ...S("Rancangan Rencana Aksi Keterbukaan Informasi 2027", "DISKOMINFO", 2026, "Rancangan rencana aksi untuk tahun 2027, masih dibahas."), status: "DRAFT" },
  { ...S("Jadwal Imunisasi Posyandu Semester II 2026", "DINKES", 2026, "Jadwal imunisasi dasar lengkap di posyandu per kelurahan."), status: "SUBMITTED" },
  {
    title: "Dokumen Penawaran Peserta Tender yang Sedang Berjalan",
    summary: "Dokumen penawaran harga dan teknis peserta tender yang proses pemilihannya belum selesai.",
    category: "DIKECUALIKAN", unit: "DPUPR", year: 2026, test: "tender",
  },
  {
    title: "Rekam Medis Pasien Puskesmas",
    summary: "Catatan riwayat penyakit, pemeriksaan, dan pengobatan pasien.",
    category: "DIKECUALIKAN", unit: "DINKES", year: 2026, test: "medis",
  },
  {
    title: "Data Pribadi Aparatur Sipil Negara (NIK, Riwayat Kesehatan, Data Keluarga)",
    summary: "Data kepegawaian yang memuat identitas pribadi dan data keluarga pegawai.",
    category: "DIKECUALIKAN", unit: "BPKAD", year: 2026, test: "asn",
  },
];

export const DEMO_CONSEQUENCE_TESTS = {
  tender: {
    information: "Dokumen penawaran peserta tender yang sedang berjalan",
    pasal17Letters: ["b"],
    otherLegalBasis: "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah",
    consequences: "Membuka penawaran sebelum pemilihan selesai dapat mengganggu persaingan usaha yang sehat.",
    publicInterest: "Kepentingan publik lebih terlindungi bila penawaran dibuka setelah penetapan pemenang.",
    conclusion: "EXEMPT",
    exemptionPeriod: "Sampai penetapan pemenang tender",
    exemptUntil: "2026-12-31",
    participants: "PPID Kota Kupang, PPID Pelaksana Dinas PUPR, Bagian Hukum",
    decisionNumber: "188.45/01/PPID-KPG/2026",
    decisionDate: "2026-02-10",
  },
  medis: {
    information: "Rekam medis pasien",
    pasal17Letters: ["h"],
    otherLegalBasis: "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    consequences: "Membuka rekam medis mengungkap rahasia pribadi tentang kondisi kesehatan seseorang.",
    publicInterest: "Perlindungan rahasia pribadi pasien lebih besar daripada kepentingan membuka.",
    conclusion: "EXEMPT",
    exemptionPeriod: "Tanpa batas waktu, kecuali atas persetujuan pasien",
    exemptUntil: null,
    participants: "PPID Kota Kupang, PPID Pelaksana Dinas Kesehatan",
    decisionNumber: "188.45/02/PPID-KPG/2026",
    decisionDate: "2026-02-10",
  },
  asn: {
    information: "Data pribadi aparatur sipil negara",
    pasal17Letters: ["h"],
    otherLegalBasis: "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
    consequences: "Membuka NIK, riwayat kesehatan, dan data keluarga pegawai melanggar pelindungan data pribadi.",
    publicInterest: "Nama, jabatan, dan pangkat tetap terbuka; data pribadi lainnya dikecualikan.",
    conclusion: "PARTLY_OPEN",
    exemptionPeriod: "Selama pegawai aktif dan 10 tahun setelahnya",
    exemptUntil: null,
    participants: "PPID Kota Kupang, PPID Pelaksana BPKAD, BKPSDM",
    decisionNumber: "188.45/03/PPID-KPG/2026",
    decisionDate: "2026-03-02",
  },
} as const;
