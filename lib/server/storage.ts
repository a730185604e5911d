import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { Attachment } from "@/lib/generated/prisma/client";
import type { AttachmentPurpose } from "@/lib/domain/attachment-access";
import { allowedKindsText, DOCUMENT_KINDS, normalizedFileName, sniffFileType, type FileKind } from "@/lib/domain/file-type";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { env } from "@/lib/server/env";
import { storageKindOf } from "@/lib/server/env-schema";
import { stripImageMetadata } from "@/lib/server/image-metadata";
import { databaseStorage } from "@/lib/server/storage-database";

// Uploaded files live OUTSIDE public/ (docs/architecture.md) and are only ever served by
// app/api/dokumen/[id] after an access check. Storage keys are random ("ab/ab12…"): the user's
// file name never reaches the file system; it is kept (cleaned) in the Attachment row only.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);

/** Small enough that an S3-compatible backend can implement it (PutObject/GetObject/DeleteObject). */
export type StorageBackend = {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes as a stream, or null when there is no such object. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
};

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

export function newStorageKey(): string {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
}

export function uploadRoot(): string {
  return env().UPLOAD_DIR;
}

/** Local directory backend; keys are checked against the pattern, so no path can escape the root. */
export function localStorage(root: string = uploadRoot()): StorageBackend {
  const fileOf = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    // The root comes from configuration at run time; the bundler must not trace it.
    return path.join(/*turbopackIgnore: true*/ root, key);
  };
  return {
    async put(key, bytes) {
      const target = fileOf(key);
      // Owner-only (0700 folders, 0600 files): KTP scans are not readable by other users of the host.
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Written beside, then renamed: a crash never leaves a half file under the real key.
      const temp = `${target}${STAGED_MARK}${randomBytes(4).toString("hex")}`;
      try {
        await writeFile(temp, bytes, { flag: "wx", mode: 0o600 });
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      const target = fileOf(key);
      try {
        if (!(await stat(/*turbopackIgnore: true*/ target)).isFile()) return null;
      } catch {
        return null;
      }
      return Readable.toWeb(createReadStream(/*turbopackIgnore: true*/ target)) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

const STAGED_MARK = ".part-";

/**
 * Removes staged files a crash left behind (`<key>.part-*`, never referenced by a row). Run at
 * start-up (instrumentation.ts); only files older than a minute, so an upload under way is kept.
 */
export async function sweepStagedUploads(root: string = uploadRoot(), now: number = Date.now()): Promise<number> {
  let removed = 0;
  let folders: string[];
  try {
    folders = await readdir(/*turbopackIgnore: true*/ root);
  } catch {
    return 0;
  }
  for (const folder of folders) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    const dir = path.join(/*turbopackIgnore: true*/ root, folder);
    for (const name of await readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[])) {
      if (!name.includes(STAGED_MARK)) continue;
      const file = path.join(/*turbopackIgnore: true*/ dir, name);
      const info = await stat(/*turbopackIgnore: true*/ file).catch(() => null);
      if (info && now - info.mtimeMs > 60_000) {
        await rm(/*turbopackIgnore: true*/ file, { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}

let override: StorageBackend | undefined;

/**
 * The configured backend: on a PostgreSQL server the database itself (lib/server/storage-database.ts,
 * shared by every instance), with the embedded database the local folder (UPLOAD_DIR).
 * PPID_STORAGE=local|database overrides the choice; an S3-compatible backend would be chosen here too.
 */
export function storage(): StorageBackend {
  if (override) return override;
  return storageKind() === "database" ? databaseStorage() : localStorage();
}

/** For /api/health: which store serves files. */
export function storageKind(): "database" | "local" | "custom" {
  if (override) return "custom";
  return storageKindOf(env());
}

export function setStorageForTests(backend: StorageBackend | undefined): void {
  override = backend;
}

/** Removes a stored file whose row was never committed; failures are only logged. */
export async function discardStoredFile(key: string): Promise<void> {
  try {
    await storage().delete(key);
  } catch (error) {
    console.error("[storage] could not delete", key, error);
  }
}

/** Which kinds each purpose accepts unless the caller says otherwise. */
const DEFAULT_KINDS: Partial<Record<AttachmentPurpose, readonly FileKind[]>> = {
  KTP: ["pdf", "jpg", "png"],
  ANNOUNCEMENT_IMAGE: ["jpg", "png"],
  CONSEQUENCE_TEST_SHEET: ["pdf", "jpg", "png"],
  COMPLAINT_EVIDENCE: ["pdf", "jpg", "png"],
  // Open data in the catalogue may be a CSV/TXT table as well.
  DIP_DOCUMENT: [...DOCUMENT_KINDS, "csv", "txt"],
};

export type UploadOptions = {
  purpose: AttachmentPurpose;
  uploadedById: string | null;
  requestId?: string;
  objectionId?: string;
  disputeId?: string;
  dipEntryId?: string;
  consequenceTestId?: string;
  complaintId?: string;
  altText?: string;
  /** Allowed kinds (by content); default by purpose, else PDF, JPG, PNG, DOCX, XLSX. */
  accept?: readonly FileKind[];
  /** The form field the error belongs to (default "file"). */
  field?: string;
};

/** A submitted file input: browsers send an empty, nameless File when nothing was chosen. */
export function isChosenFile(value: unknown): value is File {
  return typeof File !== "undefined" && value instanceof File && value.size > 0;
}

/** A file that was chosen but holds nothing (0 bytes): said so, rather than "no file chosen". */
export function emptyFileMessage(value: unknown): string | null {
  if (typeof File === "undefined" || !(value instanceof File) || value.size > 0 || value.name === "") return null;
  return `Berkas "${value.name.slice(0, 100)}" kosong (0 byte). Pilih berkas yang berisi dokumen.`;
}

/** A checked file already in the store, not yet referenced by a row (recordUpload writes it). */
export type StoredUpload = {
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
};

/**
 * Checks the file (size, type by content) and stores it under a random key; nothing is stored
 * when a check fails. Called BEFORE the transaction (withStagedUploads): on a PostgreSQL server
 * the store is the database, and writing it needs a second connection that a transaction holding
 * the register's counter must not wait for. The caller discards the file if its row never commits.
 */
export async function storeUpload(file: File, options: Pick<UploadOptions, "purpose" | "accept" | "field">): Promise<StoredUpload> {
  const field = options.field ?? "file";
  const fail = (message: string, code: "INVALID_INPUT" | "TOO_LARGE" = "INVALID_INPUT") =>
    new UserError(code, message, { [field]: message });
  const empty = emptyFileMessage(file);
  if (empty) throw fail(empty);
  if (!isChosenFile(file)) throw fail("Pilih berkas yang akan diunggah.");
  if (file.size > MAX_UPLOAD_BYTES) throw fail(`Ukuran berkas melebihi ${MAX_UPLOAD_MB} MB.`, "TOO_LARGE");
  const received = new Uint8Array(await file.arrayBuffer());
  if (received.length > MAX_UPLOAD_BYTES) throw fail(`Ukuran berkas melebihi ${MAX_UPLOAD_MB} MB.`, "TOO_LARGE");
  const accept = options.accept ?? DEFAULT_KINDS[options.purpose] ?? DOCUMENT_KINDS;
  const sniffed = sniffFileType(received, file.name, accept);
  if (!sniffed.ok) throw fail(`Jenis berkas tidak diizinkan: ${allowedKindsText(accept)}.`);
  // What is stored (and hashed) is the image without its EXIF/GPS.
  const bytes = await stripImageMetadata(received, sniffed.kind, field);

  const storageKey = newStorageKey();
  await storage().put(storageKey, bytes);
  return {
    storageKey,
    fileName: normalizedFileName(file.name, sniffed.kind),
    mimeType: sniffed.mimeType,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** Writes the Attachment row of a stored file with `tx`. */
export function recordUpload(tx: Tx, stored: StoredUpload, options: Omit<UploadOptions, "accept" | "field">): Promise<Attachment> {
  return tx.attachment.create({
    data: {
      purpose: options.purpose,
      fileName: stored.fileName,
      mimeType: stored.mimeType,
      size: stored.size,
      storageKey: stored.storageKey,
      sha256: stored.sha256,
      uploadedById: options.uploadedById,
      requestId: options.requestId ?? null,
      objectionId: options.objectionId ?? null,
      disputeId: options.disputeId ?? null,
      dipEntryId: options.dipEntryId ?? null,
      consequenceTestId: options.consequenceTestId ?? null,
      complaintId: options.complaintId ?? null,
      altText: options.altText?.trim() || null,
    },
  });
}

/** A file a service was handed: null/undefined = none chosen (anything else is checked, e.g. "Pilih berkas"). */
export type UploadToStage = { file: unknown; purpose: AttachmentPurpose; accept?: readonly FileKind[]; field?: string };

/**
 * THE upload seam of every service: checks and stores the files (type by content; images written
 * anew without metadata, ~0.2 s for a 12-megapixel photo) BEFORE the transaction, so none of that
 * work holds a connection (on PGlite the only one), then runs `work` with them (null where no file
 * was given). The transaction writes the rows with recordUpload(tx, staged, …). When staging or
 * `work` throws, every file stored here is removed: a file whose row never committed does not stay.
 * Wrap only the transaction: a file whose row was committed must never be discarded.
 */
export async function withStagedUploads<T>(uploads: readonly UploadToStage[], work: (staged: (StoredUpload | null)[]) => Promise<T>): Promise<T> {
  const staged: (StoredUpload | null)[] = [];
  try {
    for (const upload of uploads) staged.push(upload.file == null ? null : await storeUpload(upload.file as File, upload));
    return await work(staged);
  } catch (error) {
    await Promise.all(staged.map((file) => file && discardStoredFile(file.storageKey)));
    throw error;
  }
}
