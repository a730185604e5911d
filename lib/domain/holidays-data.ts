// Official Indonesian national holidays (libur nasional) and joint leave days (cuti bersama) for
// 2025 and 2026, copied from the SKB 3 Menteri decrees (/work/shared/data/hari-libur.json at build
// time; nothing reads that file at run time). Weekend entries are kept because the decrees list them.
// 2025 includes 18 August, added by the amendment of 7 August 2025. The seed imports this constant.

import type { Holiday } from "./calendar-types";

const SKB_2025 = "SKB Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB No. 1017/2024, 2/2024, 2/2024";
const SKB_2026 = "SKB Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB No. 1497/2025, 2/2025, 5/2025";
const SKB_2025_AMENDMENT = "SKB perubahan No. 933/2025, 1/2025, 3/2025 (7 Agustus 2025)";

export const OFFICIAL_CALENDAR_YEARS: number[] = [2025, 2026];

export const OFFICIAL_HOLIDAYS: Holiday[] = [
  { date: "2025-01-01", name: "Tahun Baru 2025 Masehi", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-01-27", name: "Isra Mikraj Nabi Muhammad SAW", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-01-28", name: "Cuti bersama Tahun Baru Imlek", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-01-29", name: "Tahun Baru Imlek 2576 Kongzili", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-03-28", name: "Cuti bersama Hari Suci Nyepi", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-03-29", name: "Hari Suci Nyepi (Tahun Baru Saka 1947)", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-03-31", name: "Idul Fitri 1446 Hijriah", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-04-01", name: "Idul Fitri 1446 Hijriah", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-04-02", name: "Cuti bersama Idul Fitri", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-04-03", name: "Cuti bersama Idul Fitri", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-04-04", name: "Cuti bersama Idul Fitri", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-04-07", name: "Cuti bersama Idul Fitri", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-04-18", name: "Wafat Yesus Kristus", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-04-20", name: "Kebangkitan Yesus Kristus (Paskah)", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-05-01", name: "Hari Buruh Internasional", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-05-12", name: "Hari Raya Waisak 2569 BE", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-05-13", name: "Cuti bersama Hari Raya Waisak", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-05-29", name: "Kenaikan Yesus Kristus", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-05-30", name: "Cuti bersama Kenaikan Yesus Kristus", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-06-01", name: "Hari Lahir Pancasila", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-06-06", name: "Idul Adha 1446 Hijriah", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-06-09", name: "Cuti bersama Idul Adha", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2025-06-27", name: "1 Muharam Tahun Baru Islam 1447 Hijriah", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-08-17", name: "Proklamasi Kemerdekaan RI", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-08-18", name: "Cuti bersama Proklamasi Kemerdekaan (HUT ke-80 RI)", kind: "CUTI_BERSAMA", source: SKB_2025_AMENDMENT },
  { date: "2025-09-05", name: "Maulid Nabi Muhammad SAW", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-12-25", name: "Kelahiran Yesus Kristus", kind: "NATIONAL", source: SKB_2025 },
  { date: "2025-12-26", name: "Cuti bersama Kelahiran Yesus Kristus", kind: "CUTI_BERSAMA", source: SKB_2025 },
  { date: "2026-01-01", name: "Tahun Baru 2026 Masehi", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-01-16", name: "Isra Mikraj Nabi Muhammad SAW", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-02-16", name: "Cuti bersama Tahun Baru Imlek", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-02-17", name: "Tahun Baru Imlek 2577 Kongzili", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-03-18", name: "Cuti bersama Hari Suci Nyepi", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-03-19", name: "Hari Suci Nyepi (Tahun Baru Saka 1948)", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-03-20", name: "Cuti bersama Idul Fitri", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-03-21", name: "Idul Fitri 1447 Hijriah", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-03-22", name: "Idul Fitri 1447 Hijriah", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-03-23", name: "Cuti bersama Idul Fitri", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-03-24", name: "Cuti bersama Idul Fitri", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-04-03", name: "Wafat Yesus Kristus", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-04-05", name: "Kebangkitan Yesus Kristus (Paskah)", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-05-01", name: "Hari Buruh Internasional", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-05-14", name: "Kenaikan Yesus Kristus", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-05-15", name: "Cuti bersama Kenaikan Yesus Kristus", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-05-27", name: "Idul Adha 1447 Hijriah", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-05-28", name: "Cuti bersama Idul Adha", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-05-31", name: "Hari Raya Waisak 2570 BE", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-06-01", name: "Hari Lahir Pancasila", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-06-16", name: "1 Muharam Tahun Baru Islam 1448 Hijriah", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-08-17", name: "Proklamasi Kemerdekaan RI", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-08-25", name: "Maulid Nabi Muhammad SAW", kind: "NATIONAL", source: SKB_2026 },
  { date: "2026-12-24", name: "Cuti bersama Kelahiran Yesus Kristus", kind: "CUTI_BERSAMA", source: SKB_2026 },
  { date: "2026-12-25", name: "Kelahiran Yesus Kristus", kind: "NATIONAL", source: SKB_2026 },
];
