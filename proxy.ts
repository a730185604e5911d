import { NextResponse, type NextRequest } from "next/server";
import { checkUrl, isPlausibleActionReply, isSameOrigin } from "@/lib/domain/request-guard";
import { API_CSP, baseSecurityHeaders, contentSecurityPolicy, isHttpsUrl, isStaticHtmlPath } from "@/lib/domain/security-headers";

// The first gate of every request (Next 16 "proxy", formerly middleware): refuses malformed URLs,
// foreign-origin and oversized or non-form server-action posts cleanly, and sets the security
// headers (a fresh CSP nonce per page request; Next puts it on its own scripts).

/** Server actions: the largest form (an upload of 5 MB plus fields) fits; Next's own limit is 6 MB. */
const ACTION_BODY_LIMIT = 6 * 1024 * 1024;
/** Route handlers take no request bodies beyond sign-in/out forms. */
const API_BODY_LIMIT = 64 * 1024;
const TEXT_TYPE = /^text\/plain\b/i;
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

function https(): boolean {
  return isHttpsUrl(process.env.PUBLIC_URL);
}

function refuse(request: NextRequest, status: number, message: string): NextResponse {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const wantsHtml = !api && (request.headers.get("accept") ?? "").includes("text/html");
  const body = wantsHtml ? refusalPage(status, message) : message;
  const response = new NextResponse(body, {
    status,
    headers: { "Content-Type": wantsHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
  for (const [k, v] of Object.entries(baseSecurityHeaders(https()))) response.headers.set(k, v);
  response.headers.set("Content-Security-Policy", API_CSP.replace("; sandbox", "; style-src 'unsafe-inline'"));
  return response;
}

function refusalPage(status: number, message: string): string {
  const escaped = message.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Permintaan ditolak — Portal PPID</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head><body><main><h1>Permintaan tidak dapat diproses</h1><p>${escaped}</p><p>Kode: ${status}</p><p><a href="/">Kembali ke beranda</a></p></main></body></html>`;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const guard = checkUrl(request.nextUrl.pathname, search);
  if (!guard.ok) return refuse(request, 400, guard.reason);

  const isAction = request.method === "POST" && request.headers.has("next-action");
  const api = pathname.startsWith("/api/");
  if (request.method === "POST" || request.method === "PUT" || request.method === "PATCH") {
    const length = request.headers.get("content-length");
    const limit = api ? API_BODY_LIMIT : ACTION_BODY_LIMIT;
    if (length === null && request.headers.has("transfer-encoding")) {
      return refuse(request, 411, "Panjang isi permintaan harus disebutkan.");
    }
    if (length !== null && !(Number(length) <= limit)) {
      const mb = Math.floor(limit / (1024 * 1024));
      return refuse(request, 413, mb >= 1 ? `Isian terlalu besar: batasnya ${mb} MB (berkas paling besar 5 MB).` : "Isi permintaan terlalu besar.");
    }
    if (!api && !isSameOrigin(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
      return refuse(request, 403, "Formulir ini hanya dapat dikirim dari situs Portal PPID sendiri.");
    }
    // Actions without parameters (sign-out) are posted as a tiny text body ("[]"); anything else
    // must be form data. createAction refuses non-form bodies again, for actions that take a form.
    const type = request.headers.get("content-type") ?? "";
    if (isAction && !FORM_TYPES.test(type) && !(TEXT_TYPE.test(type) && Number(length ?? 0) <= 1024)) {
      return refuse(request, 400, "Isi permintaan harus berupa data formulir.");
    }
    if (isAction && !(await hasPlausibleReply(request, type))) {
      return refuse(request, 400, "Isi permintaan tidak dapat diproses. Muat ulang halaman, lalu kirim lagi.");
    }
  }

  const secure = https();
  if (api) {
    const response = NextResponse.next();
    for (const [k, v] of Object.entries(baseSecurityHeaders(secure))) response.headers.set(k, v);
    response.headers.set("Content-Security-Policy", API_CSP);
    return response;
  }

  const nonce = isStaticHtmlPath(pathname, request.nextUrl.searchParams) ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, https: secure, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(baseSecurityHeaders(secure))) response.headers.set(k, v);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * An action call's arguments ("0" of the form data, or the whole text body), checked before Next's
 * decoder sees them: a malformed or foreign reply would make it throw, answered with a 500.
 */
async function hasPlausibleReply(request: NextRequest, type: string): Promise<boolean> {
  try {
    let root: FormDataEntryValue | string | null;
    if (/^multipart\/form-data\b/i.test(type)) root = (await request.clone().formData()).get("0");
    else if (/^application\/x-www-form-urlencoded\b/i.test(type)) root = new URLSearchParams(await request.clone().text()).get("0");
    else root = await request.clone().text();
    return typeof root === "string" && isPlausibleActionReply(root);
  } catch {
    return false; // not even parseable as the form data it claims to be
  }
}

// Next reads the matcher at build time, so it is a literal. Left out: static files, and the cached
// pages (STATIC_HTML_PATHS, a DIP entry only with a plain number; the plain visits to
// STATIC_HTML_QUERY_PAGES, i.e. without any of their query keys) when nothing is sent to them: their
// headers come from next.config headers(), and a proxy pass would double what a cached hit costs.
// A post or an action call to one of them (it carries a Content-Type or Next-Action), and a search or
// a calculation (one of the keys, an entry each), passes the gate.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon|apple-icon)(?!(?:|profil|prosedur|permohonan|keberatan|statistik|serta-merta|informasi-dikecualikan|survei/terima-kasih|informasi-publik/[A-Za-z0-9-]{1,64}|kalkulator-hari-kerja/formulir|informasi-publik|kalkulator-hari-kerja)$).*)",
    { source: "/:page(|profil|prosedur|permohonan|keberatan|statistik|serta-merta|informasi-dikecualikan|survei/terima-kasih|informasi-publik/[A-Za-z0-9-]{1,64}|kalkulator-hari-kerja/formulir|informasi-publik|kalkulator-hari-kerja)", has: [{ type: "header", key: "content-type" }] },
    { source: "/:page(|profil|prosedur|permohonan|keberatan|statistik|serta-merta|informasi-dikecualikan|survei/terima-kasih|informasi-publik/[A-Za-z0-9-]{1,64}|kalkulator-hari-kerja/formulir|informasi-publik|kalkulator-hari-kerja)", has: [{ type: "header", key: "next-action" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "q" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "kategori" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "category" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "unit" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "tahun" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "year" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "bentuk" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "form" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "urut" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "sort" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "halaman" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "page" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "perHalaman" }] },
    { source: "/informasi-publik", has: [{ type: "query", key: "pageSize" }] },
    { source: "/kalkulator-hari-kerja", has: [{ type: "query", key: "aturan" }] },
    { source: "/kalkulator-hari-kerja", has: [{ type: "query", key: "tanggal" }] },
    { source: "/kalkulator-hari-kerja", has: [{ type: "query", key: "jam" }] },
  ],
};
