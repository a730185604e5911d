import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { UserError } from "@/lib/server/errors";

// NIST SP 800-63B §5.1.1.2 / OWASP ASVS 2.1: length (the schema asks ≥ 12), no composition rules,
// and a check against passwords known to be common, repetitive or sequential, or taken from the
// account's own details. The list ships with the project (the ~49,000 most common passwords of
// @zxcvbn-ts/language-common plus Indonesian ones below): nothing is sent anywhere.

const INDONESIAN = [
  "bismillah", "alhamdulillah", "sayang", "sayangku", "cinta", "cintaku", "rahasia", "katasandi", "kata sandi",
  "sandi", "indonesia", "merdeka", "pancasila", "garuda", "jakarta", "kupang", "surabaya", "bandung", "ppid",
  "portalppid", "portal ppid", "informasi", "informasipublik", "pemerintah", "pemda", "kantor", "admin",
  "administrator", "petugas", "masuk", "rahasiaku", "anakku", "mamapapa", "keluarga", "bintang", "matahari",
];

let common: Set<string> | undefined;
function commonSet(): Set<string> {
  common ??= new Set([...dictionary["passwords-common"], ...INDONESIAN].map((p) => p.toLowerCase()));
  return common;
}

function isRunOrRepeat(s: string): boolean {
  if (s.length < 2) return true;
  if (new Set(s).size <= 2) return true;
  const steps = new Set<number>();
  for (let i = 1; i < s.length; i++) steps.add(s.charCodeAt(i) - s.charCodeAt(i - 1));
  return steps.size === 1 && [...steps].every((d) => Math.abs(d) <= 1);
}

/** The problem with a new password (Indonesian, for the form), or null when it is acceptable. */
export function passwordProblem(password: string, personal: readonly (string | null | undefined)[] = []): string | null {
  const lower = password.normalize("NFKC").toLowerCase();
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  const squeezed = lower.replace(/[\s._-]+/g, "");
  const squeezedCore = squeezed.replace(/^[^a-z]+|[^a-z]+$/g, "");
  const set = commonSet();
  if ([lower, squeezed, core, squeezedCore].some((v) => v.length >= 3 && set.has(v))) {
    return "Kata sandi ini termasuk yang paling sering dipakai dan mudah ditebak. Pilih yang lain, misalnya beberapa kata acak.";
  }
  if (isRunOrRepeat(lower) || new Set(lower).size < 5) {
    return "Kata sandi ini terlalu mudah ditebak (karakter berulang atau berurutan). Pilih yang lain.";
  }
  for (const detail of personal) {
    const parts = (detail ?? "").toLowerCase().split(/[@\s.]+/).filter((p) => p.length >= 5);
    if (parts.some((p) => squeezed.includes(p.replace(/[\s._-]+/g, "")))) {
      return "Kata sandi tidak boleh memuat nama atau alamat email Anda.";
    }
  }
  return null;
}

/** Throws the field error the form shows under the password. */
export function assertAcceptablePassword(password: string, personal: readonly (string | null | undefined)[], field = "password"): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw new UserError("INVALID_INPUT", problem, { [field]: problem });
}
