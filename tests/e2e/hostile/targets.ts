import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What the hostile-input suite aims at, found in the project and in the build (so a new route or
// action is covered without touching the test): every app/**/route.ts with the methods it exports,
// and every server action of the built app (.next/server/server-reference-manifest.json) with a page
// that carries it.

const ROOT = path.resolve(__dirname, "../../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** "app/(public)/statistik/[tahun]/page" → segments without route groups. */
function segmentsOf(appPath: string): string[] {
  return appPath.replace(/^app\/?/, "").split("/").filter((s) => s && !/^\(.*\)$/.test(s));
}

/** A URL for the route with each dynamic segment filled by `fill(name)`. */
export function urlFor(segments: string[], fill: (name: string) => string): string {
  return "/" + segments.map((s) => (/^\[.*\]$/.test(s) ? encodeURIComponent(fill(s.replace(/^\[+\.*|\]+$/g, ""))) : s)).join("/");
}

export type RouteTarget = { file: string; segments: string[]; methods: string[] };

export function routeHandlers(): RouteTarget[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => f.endsWith(`${path.sep}route.ts`))
    .map((f) => {
      const rel = path.relative(ROOT, f).split(path.sep).join("/");
      const source = readFileSync(f, "utf8");
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
      for (const m of source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
      for (const m of source.matchAll(/export\s+const\s+\{([^}]*)\}/g)) for (const name of m[1]!.split(",")) if (/^(GET|POST)$/.test(name.trim())) methods.add(name.trim());
      return { file: rel, segments: segmentsOf(rel.replace(/\/route\.ts$/, "")), methods: [...methods].sort() };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export type ActionTarget = { id: string; name: string; page: string[] };

type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }> };

export function serverActions(distDir = process.env.NEXT_DIST_DIR || ".next"): ActionTarget[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const pages = Object.keys(entry.workers).filter((w) => w.endsWith("/page")).sort();
      return { id, name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`, page: segmentsOf((pages[0] ?? "app/page").replace(/\/page$/, "")) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every field name the shared zod schemas know (the forms' fields), to fill an action's form. */
export function schemaFieldNames(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(path.join(ROOT, "lib", "schemas"))) {
    const source = readFileSync(path.join(ROOT, "lib", "schemas", file), "utf8");
    // An object key whose value is a schema: `name: z.…`, `name: requiredText(…)`, `name: checkbox()`, `name,`-less spreads aside.
    for (const m of source.matchAll(/([a-zA-Z][a-zA-Z0-9]*)\s*:\s*(?:z\s*\.|[a-z][A-Za-z]*\()/g)) names.add(m[1]!);
    for (const m of source.matchAll(/^\s{2,6}([a-zA-Z][a-zA-Z0-9]*)\s*:/gm)) names.add(m[1]!);
  }
  for (const n of ["id", "requestId", "objectionId", "disputeId", "email", "password", "file", "nomor", "kode", "token", "text", "note"]) names.add(n);
  return [...names].sort();
}
