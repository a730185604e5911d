// The first gate every request passes (proxy.ts): bytes that no page, form or API of the portal ever
// needs are refused here with a 400, before any handler or database sees them. Pure: no I/O.

/** C0 control characters and DEL. PostgreSQL refuses NUL in text (22021); none belongs in a URL. */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Control characters a form field may legitimately hold: tab, line feed, carriage return. */
const FIELD_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const MAX_QUERY_LENGTH = 2048;

export type GuardResult = { ok: true } | { ok: false; reason: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/**
 * Refuses a URL whose path or query string holds control characters (also percent-encoded), broken
 * percent-encoding, a repeated parameter (no form of the portal repeats one) or an oversized query.
 */
export function checkUrl(pathname: string, search: string): GuardResult {
  const path = decode(pathname);
  if (path === null || CONTROL.test(path)) return { ok: false, reason: "Alamat berisi karakter yang tidak diizinkan." };
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (!query) return { ok: true };
  if (query.length > MAX_QUERY_LENGTH) return { ok: false, reason: "Parameter alamat terlalu panjang." };
  const seen = new Set<string>();
  for (const pair of query.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? "" : pair.slice(eq + 1));
    if (key === null || value === null) return { ok: false, reason: "Parameter alamat tidak dapat dibaca." };
    if (CONTROL.test(key) || CONTROL.test(value)) return { ok: false, reason: `Parameter "${printable(key)}" berisi karakter yang tidak diizinkan.` };
    if (seen.has(key)) return { ok: false, reason: `Parameter "${printable(key)}" disebut lebih dari sekali.` };
    seen.add(key);
  }
  return { ok: true };
}

/** True when a submitted text field holds a control character other than tab and line breaks. */
export function hasForbiddenControl(value: string): boolean {
  return FIELD_CONTROL.test(value);
}

function printable(key: string): string {
  return key.replace(CONTROL, "?").slice(0, 40);
}

/**
 * A same-site path to return to after sign-in, or null. Browsers drop tab, CR and LF inside URLs, so
 * "/\t/evil.example" would become "//evil.example": any control character or backslash is refused.
 */
export function safeReturnPath(url: string | undefined | null): string | null {
  if (!url || !url.startsWith("/") || CONTROL.test(url) || url.includes("\\")) return null;
  if (url.startsWith("//")) return null;
  try {
    const parsed = new URL(url, "http://portal.invalid");
    if (parsed.origin !== "http://portal.invalid") return null;
    return parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return null;
  }
}

/** Same origin as the host the request was sent to (Origin header vs Host / X-Forwarded-Host). */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return true; // Browsers always send Origin on cross-site POSTs; absent = same-site or not a browser.
  if (origin === "null") return false;
  try {
    return new URL(origin).host.toLowerCase() === host.split(",")[0].trim().toLowerCase();
  } catch {
    return false;
  }
}

/**
 * The React reply references an action call of this portal can hold (its arguments are `(state,
 * FormData)` or `(FormData)`): `$K…` the form, `$undefined` and the number/escape forms of plain
 * values. Any other reference (`$Q` Map, `$@` promise, `$1` outlined model, …) points at parts such a
 * call never sends, and React's decoder answers a missing one with an exception (a 500).
 */
const PLAIN_REFERENCE = /^\$(?:undefined|NaN|Infinity|-Infinity|-0|K[0-9a-f]{1,8}|\$[\s\S]*|D[\s\S]*|n-?\d{1,400})$/;

/** Whether the root ("0") of a server-action reply is something this portal's forms send: a JSON array of plain values. */
export function isPlausibleActionReply(root: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(root);
  } catch {
    return false;
  }
  if (!Array.isArray(value)) return false;
  const stack: unknown[] = [value];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > 10_000) return false;
    const item = stack.pop();
    if (typeof item === "string") {
      if (item.startsWith("$") && !PLAIN_REFERENCE.test(item)) return false;
    } else if (item && typeof item === "object") {
      stack.push(...Object.values(item));
    }
  }
  return true;
}
