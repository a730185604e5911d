// Response headers of every page and API answer: set in proxy.ts, except on the cached pages below,
// which get theirs from next.config headers() (staticHtmlHeaders) without passing the proxy. Pure:
// the caller passes the nonce and whether the portal is served over HTTPS.

/**
 * Pages whose whole HTML is prerendered or served from a cache cannot carry a per-request nonce
 * (Next applies the nonce while rendering). Such a page must be listed here (exact paths; "/x/*" for
 * a prefix) and gets the nonce-free policy below. Nothing a visitor sends may be reflected on such a
 * page. Pages behind sign-in, forms, tracking and search always keep the nonce policy.
 */
export const STATIC_HTML_PATHS: readonly string[] = [
  // Served from the public cache (lib/server/public-cache.ts); none reads the query string.
  "/",
  "/profil",
  "/prosedur",
  "/permohonan",
  "/keberatan",
  "/statistik",
  "/serta-merta",
  "/informasi-dikecualikan",
  "/informasi-publik/*",
  "/survei/terima-kasih",
  // Twins of the plain visits to STATIC_HTML_QUERY_PAGES (/informasi-publik/daftar is under "/*").
  "/kalkulator-hari-kerja/formulir",
];

/**
 * Pages that read their query string for a search or a calculation only. Without any of `keys` they
 * show the same page to everyone: next.config `rewrites()` (beforeFiles, `missing` every key) sends
 * such a visit to `twin`, a route that renders the same component without reading the query and is
 * served from the cache; the proxy and the nonce policy are then skipped like on the other cached
 * pages. With one of the keys the page renders per request behind the proxy. The twins themselves
 * are in STATIC_HTML_PATHS. Keys: lib/schemas/dip-query.ts (names and aliases) and the calculator's
 * form fields; a unit test keeps them in step, and the proxy matcher's literal lists the same.
 */
export const STATIC_HTML_QUERY_PAGES: readonly { path: string; twin: string; keys: readonly string[] }[] = [
  {
    path: "/informasi-publik",
    twin: "/informasi-publik/daftar",
    keys: ["q", "kategori", "category", "unit", "tahun", "year", "bentuk", "form", "urut", "sort", "halaman", "page", "perHalaman", "pageSize"],
  },
  { path: "/kalkulator-hari-kerja", twin: "/kalkulator-hari-kerja/formulir", keys: ["aturan", "tanggal", "jam"] },
];

/** The plain visit to a STATIC_HTML_QUERY_PAGES page: none of its keys in the query string. */
export function isStaticQueryPageVisit(pathname: string, search: URLSearchParams): boolean {
  const page = STATIC_HTML_QUERY_PAGES.find((p) => p.path === pathname);
  return page !== undefined && !page.keys.some((k) => search.has(k));
}

/**
 * The same pages as next.config `headers()` sources. A DIP entry's number is one path segment; the
 * proxy's matcher (proxy.ts, a literal Next reads at build time) lets through only plain numbers.
 */
export const STATIC_HTML_SOURCES: readonly string[] = STATIC_HTML_PATHS.map((p) => (p.endsWith("/*") ? `${p.slice(0, -1)}:nomor` : p));

export function isStaticHtmlPath(pathname: string, search?: URLSearchParams): boolean {
  if (search && isStaticQueryPageVisit(pathname, search)) return true;
  return STATIC_HTML_PATHS.some((p) => (p.endsWith("/*") ? pathname.startsWith(p.slice(0, -1)) : pathname === p));
}

type CspOptions = { nonce: string | null; https: boolean; dev: boolean };

/**
 * script-src: with a nonce, only scripts carrying it run ('strict-dynamic' lets Next's loader add its
 * chunks); 'self' is a fallback for browsers without CSP 3 and is ignored by the others. Without a
 * nonce (prerendered pages only) Next's inline bootstrap cannot be named, so inline scripts are
 * allowed there and only there. Styles allow inline attributes (React style props).
 */
export function contentSecurityPolicy({ nonce, https, dev }: CspOptions): string {
  const eval_ = dev ? " 'unsafe-eval'" : "";
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${eval_}` : `'self' 'unsafe-inline'${eval_}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** API answers are data, never documents to render. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/** Headers every answer carries; HSTS only when the portal's public address is https. */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * The headers of a cached page (next.config `headers()`; decided when the app is built, so
 * scripts/lib/app-setup.mjs rebuilds when PUBLIC_URL changes between http and https).
 */
export function staticHtmlHeaders(https: boolean, dev: boolean): { key: string; value: string }[] {
  const all = { ...baseSecurityHeaders(https), "Content-Security-Policy": contentSecurityPolicy({ nonce: null, https, dev }) };
  return Object.entries(all).map(([key, value]) => ({ key, value }));
}

export function isHttpsUrl(url: string | undefined): boolean {
  return (url ?? "").toLowerCase().startsWith("https:");
}
