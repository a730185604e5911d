// Demo office, modelled on a city PPID in the WITA zone. Everything here is demo data.
export const DEMO_OFFICE = {
  id: 1,
  name: "PPID Kota Kupang (Demo)",
  shortName: "PPID Kota Kupang",
  bodyName: "Pemerintah Kota Kupang",
  officeCode: "PPID-KPG",
  address: "Jl. S.K. Lerik No. 1, Kelapa Lima",
  city: "Kupang",
  province: "Nusa Tenggara Timur",
  phone: "(0380) 800 000",
  email: "ppid@kupang.demo",
  website: null,
  mapUrl: "https://www.openstreetmap.org/search?query=Kantor%20Wali%20Kota%20Kupang",
  timeZone: "Asia/Makassar",
  serviceHours: {
    1: { open: "08:00", close: "16:00" },
    2: { open: "08:00", close: "16:00" },
    3: { open: "08:00", close: "16:00" },
    4: { open: "08:00", close: "16:00" },
    5: { open: "08:00", close: "16:30" },
    6: null,
    7: null,
  },
  cutiBersamaIsWorkingDay: false,
  requirementsCompletionDays: 2,
  komisiInformasi: "Komisi Informasi Provinsi Nusa Tenggara Timur",
  isDemo: true,
  profile: {
    about:
      "PPID (Pejabat Pengelola Informasi dan Dokumentasi) Kota Kupang bertugas menyimpan, mendokumentasikan, menyediakan dan memberikan pelayanan informasi publik di lingkungan Pemerintah Kota Kupang, sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Ini adalah kantor contoh untuk demonstrasi; datanya tidak nyata.",
    vision: "Terwujudnya pelayanan informasi publik yang cepat, tepat, dan sederhana bagi seluruh warga.",
    duties: [
      "Mengoordinasikan penyimpanan dan pendokumentasian seluruh informasi publik di perangkat daerah.",
      "Mengoordinasikan pengumpulan informasi publik dari PPID Pelaksana.",
      "Menyusun dan memutakhirkan Daftar Informasi Publik (DIP).",
      "Melayani permohonan informasi publik dan menyampaikan pemberitahuan tertulis tepat waktu.",
      "Menyusun laporan layanan informasi publik setiap tahun.",
    ],
    authorities: [
      "Menolak memberikan informasi yang dikecualikan berdasarkan uji konsekuensi (UU 14/2008 Pasal 17).",
      "Meminta informasi kepada PPID Pelaksana di setiap perangkat daerah.",
      "Menetapkan dan memutakhirkan klasifikasi informasi publik.",
    ],
    serviceStandard:
      "Kami melayani permohonan informasi secara daring melalui portal ini, langsung di meja layanan, melalui pos, email, atau telepon. Setiap permohonan mendapat nomor pendaftaran dan tanda bukti penerimaan.",
    serviceCost:
      "Layanan informasi tidak dipungut biaya. Untuk salinan cetak atau media penyimpanan, pemohon hanya menanggung biaya penggandaan sesuai biaya riil.",
    channels: ["Portal daring (24 jam)", "Meja layanan di kantor", "Pos", "Email", "Telepon"],
  },
  letterhead: {
    lines: ["PEMERINTAH KOTA KUPANG", "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI", "Jl. S.K. Lerik No. 1, Kupang — ppid@kupang.demo"],
    signerTitle: "PPID Kota Kupang",
    signerName: "Yohanes Fanggidae, S.Sos (Demo)",
  },
} as const;

export const DEMO_UNITS = [
  { code: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika (PPID Utama)", kind: "PPID_UTAMA", head: "Kepala Dinas Komunikasi dan Informatika" },
  { code: "DINKES", name: "Dinas Kesehatan", kind: "PPID_PELAKSANA", head: "Sekretaris Dinas Kesehatan" },
  { code: "DIKBUD", name: "Dinas Pendidikan dan Kebudayaan", kind: "PPID_PELAKSANA", head: "Sekretaris Dinas Pendidikan dan Kebudayaan" },
  { code: "BPKAD", name: "Badan Pengelolaan Keuangan dan Aset Daerah", kind: "PPID_PELAKSANA", head: "Sekretaris BPKAD" },
  { code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang", kind: "PPID_PELAKSANA", head: "Sekretaris Dinas PUPR" },
  { code: "BPBD", name: "Badan Penanggulangan Bencana Daerah", kind: "PPID_PELAKSANA", head: "Sekretaris BPBD" },
] as const;

export const DEMO_PASSWORD = "demo-ppid-2026";

export const DEMO_USERS = [
  { email: "warga@kupang.demo", name: "Maria Bria (Demo)", role: "CITIZEN", unit: null, position: null },
  { email: "meja@kupang.demo", name: "Petrus Lay (Demo)", role: "DESK_OFFICER", unit: "DISKOMINFO", position: "Petugas Meja Layanan" },
  { email: "utama@kupang.demo", name: "Yohanes Fanggidae (Demo)", role: "PPID_UTAMA", unit: "DISKOMINFO", position: "PPID Kota Kupang" },
  { email: "pelaksana@kupang.demo", name: "Agustina Ndun (Demo)", role: "PPID_PELAKSANA", unit: "DINKES", position: "PPID Pelaksana Dinas Kesehatan" },
  { email: "atasan@kupang.demo", name: "Fransiskus Tali (Demo)", role: "ATASAN_PPID", unit: null, position: "Sekretaris Daerah Kota Kupang (Atasan PPID)" },
  { email: "admin@kupang.demo", name: "Admin Portal (Demo)", role: "ADMIN", unit: "DISKOMINFO", position: "Administrator Sistem" },
] as const;
