// KTP photos taken with a phone carry EXIF with the place they were taken (GPS). A request filed with
// such a photo stores it without any metadata, upright, still a picture of the same size; a PNG loses
// its eXIf chunk; something that only looks like a JPEG is refused with a field message and nothing is
// stored. Real files on disk (the local upload folder), real database.

import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZFileComplaintInput } from "@/lib/schemas/complaint";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { createRequest } from "@/lib/server/services/create-request";
import { fileComplaint } from "@/lib/server/services/file-complaint";
import { localStorage, setStorageForTests, withStagedUploads } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let root: string;
const GPS = { GPSLatitudeRef: "S", GPSLatitude: "10/1 9/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "123/1 35/1 0/1" };

/** A phone-like photo: 40×30 pixels, left half red, camera make, GPS position, "rotate 90°" orientation. */
async function phoneJpeg(): Promise<Buffer> {
  const left = await sharp({ create: { width: 20, height: 30, channels: 3, background: "#d22" } }).png().toBuffer();
  return sharp({ create: { width: 40, height: 30, channels: 3, background: "#fff" } })
    .composite([{ input: left, left: 0, top: 0 }])
    .jpeg()
    .withExif({ IFD0: { Make: "PonselCo", Model: "KameraKTP" }, IFD3: GPS })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Whether an EXIF block points to a GPS directory (tag 0x8825, either byte order). */
function hasGps(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

/** The JPEG's segment markers before the image data (APP1 = 0xE1 holds EXIF and XMP). */
function jpegMarkers(bytes: Buffer): number[] {
  const markers: number[] = [];
  for (let i = 2; i + 4 <= bytes.length && bytes[i] === 0xff; ) {
    const marker = bytes[i + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return markers;
}

function form(document: File) {
  return ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
    phone: "081234567890", email: "maria@contoh.id", occupation: "Wiraswasta",
    informationRequested: "Data cakupan imunisasi dasar lengkap per puskesmas 2025", purpose: "Bahan penelitian skripsi",
    obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(), document,
  });
}

async function storedKtp(requestId: string): Promise<{ bytes: Buffer; row: { mimeType: string; size: number } }> {
  const row = await t.client.attachment.findFirstOrThrow({ where: { requestId, purpose: "KTP" } });
  return { bytes: await readFile(path.join(root, row.storageKey)), row };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  root = await mkdtemp(path.join(tmpdir(), "ppid-exif-"));
  setStorageForTests(localStorage(root));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await rm(root, { recursive: true, force: true });
  await t.close();
});

describe(`image metadata on upload (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("stores a phone's KTP photo without its GPS position or any EXIF, turned upright, still decodable", async () => {
    const photo = await phoneJpeg();
    const before = await sharp(photo).metadata();
    expect(hasGps(before.exif)).toBe(true);
    expect(photo.includes(Buffer.from("PonselCo"))).toBe(true);

    const filed = await createRequest(null, form(new File([new Uint8Array(photo)], "ktp.jpg", { type: "image/jpeg" })));
    const { bytes, row } = await storedKtp(filed.id);

    const after = await sharp(bytes).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 30, height: 40 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(jpegMarkers(bytes)).not.toContain(0xe1);
    expect(bytes.includes(Buffer.from("PonselCo"))).toBe(false);
    expect(row).toMatchObject({ mimeType: "image/jpeg", size: bytes.length });
    // Upright: the red half that was on the left is now at the top.
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    expect(pixel(15, 5)[1]).toBeLessThan(80);
    expect(pixel(15, 35)[1]).toBeGreaterThan(200);
  });

  it("drops a PNG's EXIF chunk and keeps the picture", async () => {
    const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: "#2a6" } }).png().withExif({ IFD0: { Make: "PonselCo" }, IFD3: GPS }).toBuffer();
    expect(png.includes(Buffer.from("eXIf"))).toBe(true);
    const filed = await createRequest(null, form(new File([new Uint8Array(png)], "ktp.png", { type: "image/png" })));
    const { bytes } = await storedKtp(filed.id);
    expect(bytes.includes(Buffer.from("eXIf"))).toBe(false);
    expect(bytes.includes(Buffer.from("PonselCo"))).toBe(false);
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "png", width: 8, height: 6 });
  });

  it("refuses a file that only starts like a JPEG, with a field message, and stores nothing", async () => {
    const fake = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode("bukan gambar sama sekali")]);
    const before = { requests: await t.client.informationRequest.count(), attachments: await t.client.attachment.count() };
    await expect(createRequest(null, form(new File([fake], "ktp.jpg", { type: "image/jpeg" })))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { document: expect.stringContaining("Gambar tidak dapat dibaca") },
    });
    expect({ requests: await t.client.informationRequest.count(), attachments: await t.client.attachment.count() }).toEqual(before);
  });

  // The re-encoding (~0.2 s for a 12-megapixel photo) runs before the transaction, not inside it:
  // withStagedUploads stores the clean file first, and removes it when anything after that fails.
  it("stages the clean image before the transaction starts", async () => {
    const photo = new File([new Uint8Array(await phoneJpeg())], "bukti.jpg", { type: "image/jpeg" });
    let seenByTransaction: Buffer | null = null;
    await withStagedUploads([{ file: photo, purpose: "COMPLAINT_EVIDENCE", field: "evidence" }], async ([staged]) => {
      seenByTransaction = await readFile(path.join(root, staged!.storageKey));
    });
    expect(seenByTransaction).not.toBeNull();
    expect((await sharp(seenByTransaction!).metadata()).exif).toBeUndefined();
    expect(seenByTransaction!.includes(Buffer.from("PonselCo"))).toBe(false);
  });

  it("a complaint's evidence photo is stored clean; when the transaction then fails, no file is left", async () => {
    const files = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    const complaint = (unitId: string | null) =>
      ZFileComplaintInput.parse({
        category: "SERVICE_QUALITY", officialConcerned: "Petugas meja layanan", unitId, submissionKey: randomUUID().replaceAll("-", ""),
        description: "Petugas tidak memberi tanda terima permohonan walaupun sudah diminta.",
        evidence: new File([new Uint8Array(photoBytes)], "bukti.jpg", { type: "image/jpeg" }),
      });
    const photoBytes = await phoneJpeg();
    const before = { files: await files(), rows: await t.client.attachment.count(), complaints: await t.client.complaint.count() };
    // Stored before the transaction, which then refuses the unknown unit: the staged file goes too.
    await expect(fileComplaint(null, complaint("tidak-ada"))).rejects.toThrow("Unit yang diadukan tidak ditemukan.");
    expect({ files: await files(), rows: await t.client.attachment.count(), complaints: await t.client.complaint.count() }).toEqual(before);

    // When the transaction starts, the clean file is already in the folder (re-encoded outside it).
    const transaction = t.client.$transaction.bind(t.client);
    let filesAtStart = -1;
    const spy = vi.spyOn(t.client, "$transaction").mockImplementation((async (...args: Parameters<typeof transaction>) => {
      filesAtStart = await files();
      return transaction(...args);
    }) as typeof transaction);
    const filed = await fileComplaint(null, complaint(null)).finally(() => spy.mockRestore());
    expect(filesAtStart).toBe(before.files + 1);
    const row = await t.client.attachment.findFirstOrThrow({ where: { complaintId: filed.id } });
    const bytes = await readFile(path.join(root, row.storageKey));
    expect(bytes.includes(Buffer.from("PonselCo"))).toBe(false);
    expect(jpegMarkers(bytes)).not.toContain(0xe1);
    expect(await files()).toBe(before.files + 1);
  });
});
