// Bulk register for the benchmark, written by set-based SQL (generate_series), not row by row:
// N requests over five years (2021–2025) with their histories (the events the workflow table writes
// and the letters each step issues: receipt, written notice or refusal decision, handover receipt),
// 1% objections (each with its receipt letter; one in ten answered, escalated and before the
// Komisi Informasi as a dispute), 2,000 DIP entries; the identity document of every online request
// and the information handed over for every granted one (what the case page lists). About 10% of the
// requests stay open, due around today, so overdue views have rows. Letter bodies are small but
// complete (what a PDF is rendered from).
export function largeSeedSql({ requests, openShare = 0.1, dipEntries = 2000, officeCode = "PPID-KPG" }) {
  return [requestsSql(requests, openShare, officeCode), historySql(), attachmentsSql(), objectionsSql(requests, officeCode), lettersSql(officeCode), sequencesSql(), "ANALYZE;"].join("\n");
}

function requestsSql(requests, openShare, officeCode) {
  const perYear = Math.ceil(requests / 5);
  const openEvery = Math.max(1, Math.round(1 / openShare));
  const submitted = `make_timestamp(2021 + (g - 1) / ${perYear}, 1, 1, 8, 0, 0) + (((g - 1) % ${perYear})::float / ${perYear} * interval '364 days')`;
  const open = `g % ${openEvery} = 0`;
  const granted = `g % 4 IN (0, 1)`; // GRANTED_FULL, GRANTED_PARTIAL below
  return `
DO $$ BEGIN PERFORM set_config('synchronous_commit', 'off', true); END $$;
-- Numbers continue after the demo's own requests of those years (the unique year/sequence index).
CREATE TEMP TABLE bench_base AS
  SELECT y, coalesce((SELECT max("sequence") FROM "InformationRequest" WHERE "year" = y), 0) AS base FROM generate_series(2021, 2025) AS y;
WITH u AS (SELECT array_agg("id" ORDER BY "code") AS ids FROM "Unit")
INSERT INTO "InformationRequest" ("id","number","year","sequence","accessCode","channel","submittedAt","receivedDate",
  "requesterType","requesterName","address","phone","informationRequested","purpose","obtainMethod","deliveryMethod",
  "status","outcome","dueDate","dueRule","unitId","decidedAt","noticeDate","deliveredAt","deliveredOn","handoverMethod","closedAt","updatedAt")
SELECT 'bench-r-' || g,
  lpad((b.base + ((g - 1) % ${perYear}) + 1)::text, 6, '0') || '/PMH/${officeCode}/' || (2021 + (g - 1) / ${perYear}),
  2021 + (g - 1) / ${perYear}, b.base + ((g - 1) % ${perYear}) + 1,
  upper(substr(md5(g::text), 1, 8)), (ARRAY['ONLINE','WALK_IN','EMAIL','POST'])[1 + g % 4]::"RequestChannel",
  ${submitted}, (${submitted})::date,
  'INDIVIDUAL', (ARRAY['Yohanes','Maria','Fransiska','Agustinus','Dewi','Made','Siti','Yakobus'])[1 + g % 8] || ' ' ||
    (ARRAY['Tefa','Bria','Lay','Ndoen','Manafe','Sinaga','Rihi','Amalo'])[1 + (g / 8) % 8] || ' ' || g,
  'Jl. Contoh No. ' || (g % 200), '0812' || lpad((g % 100000000)::text, 8, '0'),
  (ARRAY['Data anggaran','Laporan realisasi','Daftar penerima bantuan','Dokumen kontrak','Data kesehatan','Jadwal pelayanan'])[1 + g % 6]
    || ' dinas ' || (ARRAY['kesehatan','pendidikan','pekerjaan umum','sosial','perhubungan'])[1 + g % 5] || ' tahun ' || (2019 + g % 7),
  'Penelitian dan pengawasan publik', 'SOFTCOPY', 'EMAIL',
  CASE WHEN ${open} THEN (ARRAY['RECEIVED','VERIFIED','IN_PROCESS','ANSWER_PREPARED'])[1 + (g / ${openEvery}) % 4]::"RequestStatus" ELSE 'CLOSED' END,
  CASE WHEN ${open} THEN NULL ELSE (ARRAY['GRANTED_FULL','GRANTED_PARTIAL','REJECTED','NOT_HELD'])[1 + g % 4]::"RequestOutcome" END,
  CASE WHEN ${open} THEN (current_date + ((g / ${openEvery}) % 40 - 20))::date ELSE NULL END,
  CASE WHEN ${open} THEN 'REQUEST_RESPONSE' ELSE NULL END,
  u.ids[1 + g % array_length(u.ids, 1)],
  -- Closed: decided a week after receipt, granted ones handed over the next day.
  CASE WHEN ${open} THEN NULL ELSE ${submitted} + interval '7 days' END,
  CASE WHEN ${open} THEN NULL ELSE (${submitted} + interval '7 days')::date END,
  CASE WHEN ${open} OR NOT (${granted}) THEN NULL ELSE ${submitted} + interval '8 days' END,
  CASE WHEN ${open} OR NOT (${granted}) THEN NULL ELSE (${submitted} + interval '8 days')::date END,
  CASE WHEN ${open} OR NOT (${granted}) THEN NULL ELSE 'EMAIL'::"HandoverMethod" END,
  CASE WHEN ${open} THEN NULL WHEN ${granted} THEN ${submitted} + interval '8 days' ELSE ${submitted} + interval '7 days' END,
  now()
FROM generate_series(1, ${requests}) AS g JOIN bench_base b ON b.y = 2021 + (g - 1) / ${perYear}, u;
`;
}

// Each request's events in the order the workflow table allows them (lib/domain/request-workflow.ts).
function historySql() {
  return `
INSERT INTO "CaseEvent" ("id","caseKind","requestId","event","actorRole","fromStatus","toStatus","at")
SELECT 'bench-e' || s.k || '-' || substr(r."id", 9), 'REQUEST', r."id", s.event, s.role, s.from_status, s.to_status, s.at
FROM "InformationRequest" r CROSS JOIN LATERAL (VALUES
  (0, 'SUBMIT', 'CITIZEN', NULL, 'RECEIVED', r."submittedAt", true),
  (1, 'VERIFY_COMPLETE', 'DESK_OFFICER', 'RECEIVED', 'VERIFIED', r."submittedAt" + interval '2 hours', r."status" <> 'RECEIVED'),
  (2, 'FORWARD_TO_UNIT', 'PPID_UTAMA', 'VERIFIED', 'IN_PROCESS', r."submittedAt" + interval '1 day', r."status" NOT IN ('RECEIVED','VERIFIED')),
  (3, 'PREPARE_ANSWER', 'PPID_PELAKSANA', 'IN_PROCESS', 'ANSWER_PREPARED', r."submittedAt" + interval '5 days', r."status" IN ('ANSWER_PREPARED','CLOSED')),
  (4, CASE r."outcome" WHEN 'GRANTED_FULL' THEN 'DECIDE_GRANT_FULL' WHEN 'GRANTED_PARTIAL' THEN 'DECIDE_GRANT_PARTIAL'
        WHEN 'REJECTED' THEN 'DECIDE_REJECT' ELSE 'DECIDE_NOT_HELD' END, 'PPID_UTAMA', 'ANSWER_PREPARED',
      CASE WHEN r."deliveredAt" IS NULL THEN 'CLOSED' ELSE 'DECIDED' END, r."decidedAt", r."status" = 'CLOSED'),
  (5, 'DELIVER', 'DESK_OFFICER', 'DECIDED', 'CLOSED', r."deliveredAt", r."deliveredAt" IS NOT NULL)
) AS s(k, event, role, from_status, to_status, at, wanted)
WHERE r."id" LIKE 'bench-r-%' AND s.wanted;
`;
}

// Metadata only (the case page lists files; the bench never downloads one): the KTP of an online request
// and the delivered information of a granted request, as request-intake and record-delivery store them.
function attachmentsSql() {
  return `
INSERT INTO "Attachment" ("id","purpose","fileName","mimeType","size","storageKey","sha256","requestId","createdAt")
SELECT 'bench-a' || x.k || '-' || substr(r."id", 9), x.purpose::"AttachmentPurpose", x.name, x.mime, x.size,
  'bench/' || x.k || '/' || substr(r."id", 9), md5(r."id" || x.k) || md5(x.k || r."id"), r."id", x.at
FROM "InformationRequest" r CROSS JOIN LATERAL (VALUES
  ('k', 'KTP', 'ktp.jpg', 'image/jpeg', 182000, r."submittedAt", r."channel" = 'ONLINE'),
  ('d', 'DELIVERED_INFORMATION', 'informasi.pdf', 'application/pdf', 640000, r."deliveredAt", r."deliveredAt" IS NOT NULL)
) AS x(k, purpose, name, mime, size, at, wanted)
WHERE r."id" LIKE 'bench-r-%' AND x.wanted;
`;
}

function objectionsSql(requests, officeCode) {
  return `
INSERT INTO "Objection" ("id","number","year","sequence","requestId","channel","submittedAt","receivedDate","casePosition","purpose","status","updatedAt","grounds",
  "outcome","answeredAt","answerDate","answerReceivedOn","answerReasons","atasanName","atasanPosition","requesterResponse","respondedAt")
SELECT 'bench-o-' || g, lpad((ob.base + g)::text, 6, '0') || '/KBR/${officeCode}/2025', 2025, ob.base + g, 'bench-r-' || (g * 100), 'ONLINE',
  timestamp '2025-06-01 09:00', date '2025-06-01', 'Informasi tidak diberikan', 'Mendapat informasi',
  CASE WHEN g % 10 = 0 THEN 'CLOSED' ELSE 'RECEIVED' END::"ObjectionStatus", now(), ARRAY['REFUSED_PASAL_17']::"ObjectionGround"[],
  CASE WHEN g % 10 = 0 THEN 'REJECTED'::"ObjectionOutcome" END, CASE WHEN g % 10 = 0 THEN timestamp '2025-06-20 10:00' END,
  CASE WHEN g % 10 = 0 THEN date '2025-06-20' END, CASE WHEN g % 10 = 0 THEN date '2025-06-21' END,
  CASE WHEN g % 10 = 0 THEN 'Informasi dikecualikan menurut Pasal 17.' END, CASE WHEN g % 10 = 0 THEN 'Sekretaris Daerah' END,
  CASE WHEN g % 10 = 0 THEN 'Atasan PPID' END, CASE WHEN g % 10 = 0 THEN 'ESCALATED'::"RequesterResponse" END,
  CASE WHEN g % 10 = 0 THEN timestamp '2025-06-25 10:00' END
FROM generate_series(1, ${Math.floor(requests / 100)}) AS g,
  (SELECT coalesce(max("sequence"), 0) AS base FROM "Objection" WHERE "year" = 2025) AS ob;

INSERT INTO "Dispute" ("id","objectionId","filedOn","commission","status","updatedAt")
SELECT 'bench-s-' || substr(o."id", 9), o."id", date '2025-07-01', 'Komisi Informasi Provinsi Nusa Tenggara Timur', 'FILED', now()
FROM "Objection" o WHERE o."id" LIKE 'bench-o-%' AND o."status" = 'CLOSED';

INSERT INTO "CaseEvent" ("id","caseKind","objectionId","event","actorRole","fromStatus","toStatus","at")
SELECT 'bench-oe' || s.k || '-' || substr(o."id", 9), 'OBJECTION', o."id", s.event, s.role, s.from_status, s.to_status, s.at
FROM "Objection" o CROSS JOIN LATERAL (VALUES
  (0, 'FILE', 'CITIZEN', NULL, 'RECEIVED', o."submittedAt", true),
  (1, 'REJECT', 'ATASAN_PPID', 'RECEIVED', 'ANSWERED', o."answeredAt", o."status" = 'CLOSED'),
  (2, 'REQUESTER_ESCALATE', 'CITIZEN', 'ANSWERED', 'CLOSED', o."respondedAt", o."status" = 'CLOSED')
) AS s(k, event, role, from_status, to_status, at, wanted)
WHERE o."id" LIKE 'bench-o-%' AND s.wanted;
INSERT INTO "CaseEvent" ("id","caseKind","disputeId","event","actorRole","toStatus","at")
SELECT 'bench-se-' || substr(d."id", 9), 'DISPUTE', d."id", 'FILE', 'PPID_UTAMA', 'FILED', timestamp '2025-07-01 10:00'
FROM "Dispute" d WHERE d."id" LIKE 'bench-s-%';
`;
}

// One letter per step that issues one (lib/domain/letters.ts), numbered per kind and year after the
// numbers the demo office already used.
function lettersSql(officeCode) {
  return `
CREATE TEMP TABLE bench_letter AS
SELECT r."id" AS request_id, NULL::text AS objection_id, x.kind, x.day, x.at, r."number" AS case_number, r."requesterName" AS name
FROM "InformationRequest" r CROSS JOIN LATERAL (VALUES
  ('RECEIPT', r."receivedDate", r."submittedAt", true),
  (CASE WHEN r."outcome" = 'REJECTED' THEN 'REFUSAL_DECISION' ELSE 'WRITTEN_NOTICE' END, r."noticeDate", r."decidedAt", r."status" = 'CLOSED'),
  ('HANDOVER_RECEIPT', r."deliveredOn", r."deliveredAt", r."deliveredAt" IS NOT NULL)
) AS x(kind, day, at, wanted)
WHERE r."id" LIKE 'bench-r-%' AND x.wanted
UNION ALL
SELECT NULL, o."id", x.kind, x.day, x.at, o."number", 'Pemohon keberatan'
FROM "Objection" o CROSS JOIN LATERAL (VALUES
  ('OBJECTION_RECEIPT', o."receivedDate", o."submittedAt", true),
  ('ATASAN_ANSWER', o."answerDate", o."answeredAt", o."status" = 'CLOSED')
) AS x(kind, day, at, wanted)
WHERE o."id" LIKE 'bench-o-%' AND x.wanted;

CREATE TEMP TABLE bench_letter_kind (kind text, code text, title text) ;
INSERT INTO bench_letter_kind VALUES ('RECEIPT','TB','Tanda Bukti Penerimaan Permintaan Informasi Publik'),
  ('WRITTEN_NOTICE','PT','Pemberitahuan Tertulis'), ('REFUSAL_DECISION','SKP','Surat Keputusan PPID tentang Penolakan'),
  ('HANDOVER_RECEIPT','TBP','Tanda Bukti Penyerahan Informasi Publik'), ('OBJECTION_RECEIPT','TTK','Tanda Terima Keberatan'),
  ('ATASAN_ANSWER','TAP','Tanggapan Atasan PPID atas Keberatan');

CREATE TEMP TABLE bench_letter_numbered AS
SELECT l.*, k.title, extract(year FROM l.day)::int AS y,
  lpad((coalesce(ns."value", 0) + row_number() OVER (PARTITION BY l.kind, extract(year FROM l.day) ORDER BY l.at, l.case_number))::text, 6, '0')
    || '/' || k.code || '/${officeCode}/' || extract(year FROM l.day)::int AS number
FROM bench_letter l JOIN bench_letter_kind k ON k.kind = l.kind
LEFT JOIN "NumberSequence" ns ON ns."kind"::text = 'LETTER_' || l.kind AND ns."year" = extract(year FROM l.day)::int;

INSERT INTO "Letter" ("id","kind","number","date","requestId","objectionId","content","createdAt")
SELECT 'bench-l-' || md5(n.number), n.kind::"LetterKind", n.number, n.day, n.request_id, n.objection_id,
  jsonb_build_object('letterhead', jsonb_build_array('PEMERINTAH KOTA KUPANG', 'Pejabat Pengelola Informasi dan Dokumentasi'),
    'title', n.title, 'legalBasis', 'UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik', 'number', n.number,
    'date', to_char(n.day, 'YYYY-MM-DD'), 'place', 'Kupang', 'recipient', jsonb_build_object('name', n.name),
    'sections', jsonb_build_array(jsonb_build_object('rows', jsonb_build_array(jsonb_build_object('label', 'Nomor perkara', 'value', n.case_number)))),
    'signer', jsonb_build_object('title', 'PPID Utama', 'name', 'Petugas PPID')),
  n.at
FROM bench_letter_numbered n;
`;
}

function sequencesSql() {
  return `
INSERT INTO "NumberSequence" ("kind","year","value")
SELECT 'REQUEST', "year", max("sequence") FROM "InformationRequest" WHERE "year" BETWEEN 2021 AND 2025 GROUP BY "year"
ON CONFLICT ("kind","year") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value");
INSERT INTO "NumberSequence" ("kind","year","value") SELECT 'OBJECTION', 2025, max("sequence") FROM "Objection" WHERE "year" = 2025
ON CONFLICT ("kind","year") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value");
INSERT INTO "NumberSequence" ("kind","year","value")
SELECT ('LETTER_' || kind)::"NumberKind", y, max(split_part(number, '/', 1)::int) FROM bench_letter_numbered GROUP BY kind, y
ON CONFLICT ("kind","year") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value");
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
