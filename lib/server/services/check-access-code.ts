import "server-only";
import { normalizeNumber } from "@/lib/domain/numbering";
import { checkLimit, hitLimit, waitText } from "@/lib/server/rate-limit";
import { trackRequest, type TrackedRequest } from "@/lib/server/queries/track-request";

export type CodeCheck = { ok: true; request: TrackedRequest } | { ok: false; limited: boolean; message: string };

const NOT_FOUND =
  "Permohonan tidak ditemukan. Periksa kembali nomor pendaftaran dan kode akses (huruf besar atau kecil tidak berpengaruh).";

/**
 * Number + access code with guessing stopped: wrong pairs are counted per address and per number
 * (20 per 10 minutes, 10 per hour); past either the form answers with the wait, without looking.
 */
export async function checkAccessCode(number: string, code: string, ip: string): Promise<CodeCheck> {
  const checked = await lookUpByCode(number, ip, () => trackRequest(number, code));
  return checked.ok ? { ok: true, request: checked.found } : { ...checked, message: checked.message ?? NOT_FOUND };
}

export type CodeLookup<T> = { ok: true; found: T } | { ok: false; limited: boolean; message: string | null };

/**
 * The guessing guard for any number + code lookup (requests, complaints): counts only misses, and
 * once an address or a number is over its limit answers with the wait without looking at all.
 * `message` is null for a plain miss (the caller words it).
 */
export async function lookUpByCode<T>(number: string, ip: string, lookUp: () => Promise<T | null>): Promise<CodeLookup<T>> {
  const numberKey = (normalizeNumber(number) ?? number.trim()).toUpperCase().slice(0, 60);
  for (const [name, key] of [["codeIp", ip], ["codeNumber", numberKey]] as const) {
    const gate = await checkLimit(name, key);
    if (!gate.ok) return { ok: false, limited: true, message: tooMany(gate.retryAfterSeconds) };
  }
  const found = await lookUp();
  if (found) return { ok: true, found };
  const byIp = await hitLimit("codeIp", ip);
  const byNumber = await hitLimit("codeNumber", numberKey);
  if (!byIp.ok || !byNumber.ok) return { ok: false, limited: true, message: tooMany(Math.max(byIp.ok ? 0 : byIp.retryAfterSeconds, byNumber.ok ? 0 : byNumber.retryAfterSeconds)) };
  return { ok: false, limited: false, message: null };
}

function tooMany(seconds: number): string {
  return `Terlalu banyak percobaan nomor dan kode yang salah. Coba lagi dalam ${waitText(seconds)}.`;
}
