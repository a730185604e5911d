// Bulk register for the benchmark, written by set-based SQL (generate_series), not row by row:
// N requests over five years (2021–2025) with one SUBMIT event each, 1% objections, 2,000 DIP
// entries. About 10% of the requests stay open, due around today, so overdue views have rows.
export function largeSeedSql({ requests, openShare = 0.1, dipEntries = 2000, officeCode = "PPID-KPG" }) {
  const perYear = Math.ceil(requests / 5);
  const openEvery = Math.max(1, Math.round(1 / openShare));
  return `
DO $$ BEGIN PERFORM set_config('synchronous_commit', 'off', true); END $$;
-- Numbers continue after the demo's own requests of those years (the unique year/sequence index).
CREATE TEMP TABLE bench_base AS
  SELECT y, coalesce((SELECT max("sequence") FROM "InformationRequest" WHERE "year" = y), 0) AS base FROM generate_series(2021, 2025) AS y;
WITH u AS (SELECT array_agg("id" ORDER BY "code") AS ids FROM "Unit")
INSERT INTO "InformationRequest" ("id","number","year","sequence","accessCode","channel","submittedAt","receivedDate",
  "requesterType","requesterName","address","phone","informationRequested","purpose","obtainMethod","deliveryMethod",
  "status","outcome","dueDate","dueRule","unitId","closedAt","updatedAt")
SELECT 'bench-r-' || g,
  lpad((b.base + ((g - 1) % ${perYear}) + 1)::text, 6, '0') || '/PMH/${officeCode}/' || (2021 + (g - 1) / ${perYear}),
  2021 + (g - 1) / ${perYear}, b.base + ((g - 1) % ${perYear}) + 1,
  upper(substr(md5(g::text), 1, 8)), (ARRAY['ONLINE','WALK_IN','EMAIL','POST'])[1 + g % 4]::"RequestChannel",
  make_timestamp(2021 + (g - 1) / ${perYear}, 1, 1, 8, 0, 0) + (((g - 1) % ${perYear})::float / ${perYear} * interval '364 days'),
  (make_timestamp(2021 + (g - 1) / ${perYear}, 1, 1, 8, 0, 0) + (((g - 1) % ${perYear})::float / ${perYear} * interval '364 days'))::date,
  'INDIVIDUAL', (ARRAY['Yohanes','Maria','Fransiska','Agustinus','Dewi','Made','Siti','Yakobus'])[1 + g % 8] || ' ' ||
    (ARRAY['Tefa','Bria','Lay','Ndoen','Manafe','Sinaga','Rihi','Amalo'])[1 + (g / 8) % 8] || ' ' || g,
  'Jl. Contoh No. ' || (g % 200), '0812' || lpad((g % 100000000)::text, 8, '0'),
  (ARRAY['Data anggaran','Laporan realisasi','Daftar penerima bantuan','Dokumen kontrak','Data kesehatan','Jadwal pelayanan'])[1 + g % 6]
    || ' dinas ' || (ARRAY['kesehatan','pendidikan','pekerjaan umum','sosial','perhubungan'])[1 + g % 5] || ' tahun ' || (2019 + g % 7),
  'Penelitian dan pengawasan publik', 'SOFTCOPY', 'EMAIL',
  CASE WHEN g % ${openEvery} = 0 THEN (ARRAY['RECEIVED','VERIFIED','IN_PROCESS','ANSWER_PREPARED'])[1 + (g / ${openEvery}) % 4]::"RequestStatus" ELSE 'CLOSED' END,
  CASE WHEN g % ${openEvery} = 0 THEN NULL ELSE (ARRAY['GRANTED_FULL','GRANTED_PARTIAL','REJECTED','NOT_HELD'])[1 + g % 4]::"RequestOutcome" END,
  CASE WHEN g % ${openEvery} = 0 THEN (current_date + ((g / ${openEvery}) % 40 - 20))::date ELSE NULL END,
  CASE WHEN g % ${openEvery} = 0 THEN 'REQUEST_RESPONSE' ELSE NULL END,
  u.ids[1 + g % array_length(u.ids, 1)],
  CASE WHEN g % ${openEvery} = 0 THEN NULL ELSE make_timestamp(2021 + (g - 1) / ${perYear}, 12, 28, 8, 0, 0) END,
  now()
FROM generate_series(1, ${requests}) AS g JOIN bench_base b ON b.y = 2021 + (g - 1) / ${perYear}, u;

INSERT INTO "CaseEvent" ("id","caseKind","requestId","event","actorRole","toStatus","at")
SELECT 'bench-e-' || substr(r."id", 9), 'REQUEST', r."id", 'SUBMIT', 'CITIZEN', 'RECEIVED', r."submittedAt"
FROM "InformationRequest" r WHERE r."id" LIKE 'bench-r-%';

INSERT INTO "Objection" ("id","number","year","sequence","requestId","channel","submittedAt","receivedDate","casePosition","purpose","status","updatedAt","grounds")
SELECT 'bench-o-' || g, lpad((ob.base + g)::text, 6, '0') || '/KBR/${officeCode}/2025', 2025, ob.base + g, 'bench-r-' || (g * 100), 'ONLINE',
  timestamp '2025-06-01 09:00', date '2025-06-01', 'Informasi tidak diberikan', 'Mendapat informasi', 'RECEIVED', now(),
  ARRAY['REFUSED_PASAL_17']::"ObjectionGround"[]
FROM generate_series(1, ${Math.floor(requests / 100)}) AS g,
  (SELECT coalesce(max("sequence"), 0) AS base FROM "Objection" WHERE "year" = 2025) AS ob;

INSERT INTO "NumberSequence" ("kind","year","value")
SELECT 'REQUEST', "year", max("sequence") FROM "InformationRequest" WHERE "year" BETWEEN 2021 AND 2025 GROUP BY "year"
ON CONFLICT ("kind","year") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value");
INSERT INTO "NumberSequence" ("kind","year","value") SELECT 'OBJECTION', 2025, max("sequence") FROM "Objection" WHERE "year" = 2025
ON CONFLICT ("kind","year") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value");
ANALYZE;
`;
}
// DIP entries are inserted by dipSql (needs a copy of one seeded row's required columns), with ten
// different subjects so that a word search matches a share of the catalogue, not all of it. The
// column list leaves out the generated "searchVector" (PostgreSQL computes it; it cannot be inserted).
const DIP_COLUMNS = ["id", "number", "title", "summary", "category", "unitId", "responsible", "producedWhen", "producedWhere", "form",
  "retention", "year", "link", "status", "reviewNote", "publishedAt", "consequenceTestId", "createdById", "createdAt", "updatedAt"]
  .map((c) => `"${c}"`).join(",");
export function dipSql(count) {
  return `
INSERT INTO "DipEntry" (${DIP_COLUMNS}) SELECT ${DIP_COLUMNS} FROM (SELECT (jsonb_populate_record(NULL::"DipEntry", to_jsonb(d) || jsonb_build_object(
  'id', 'bench-d-' || g, 'number', 'DIP-B' || lpad(g::text, 5, '0'),
  'title', (ARRAY['Laporan realisasi anggaran','Daftar penerima bantuan sosial','Rencana kerja dinas kesehatan','Jadwal pelayanan puskesmas',
    'Data jalan dan jembatan','Laporan kinerja instansi','Peraturan daerah tentang retribusi','Data sekolah dan guru',
    'Laporan keuangan daerah','Rencana pengadaan barang dan jasa'])[1 + g % 10] || ' ' || (2016 + g % 10) || ' (' || g || ')',
  'summary', 'Dokumen nomor ' || g || ' dalam katalog uji beban.'))).*
FROM (SELECT * FROM "DipEntry" WHERE "status" = 'PUBLISHED' ORDER BY "number" LIMIT 1) d, generate_series(1, ${count}) AS g) r;
ANALYZE "DipEntry";
`;
}
