import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layers of the tree (GUIDE "Pure core", "Components receive plain view types"), checked by
// reading the source: a component never imports lib/server or the generated Prisma client, and
// lib/domain does no I/O and reads no clock (now is a parameter).

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(rel));
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) files.push(rel);
  }
  return files.sort();
}

/** Every module a file imports or re-exports (static, dynamic and `import type`). */
function importsOf(source: string): string[] {
  const specs = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/g)].map((m) => m[1]!);
  specs.push(...[...source.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)].map((m) => m[1]!));
  specs.push(...[...source.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!));
  return specs;
}

const SERVER_MODULE = /^@\/lib\/(server|generated)(\/|$)|^(\.\.\/)+lib\/(server|generated)(\/|$)|^@prisma\/|^server-only$/;

describe("layers", () => {
  it("components import neither lib/server nor the generated Prisma client: pages pass them lib/view-types data", () => {
    const offenders = sourceFiles("components").filter((file) =>
      importsOf(readFileSync(path.join(ROOT, file), "utf8")).some((spec) => SERVER_MODULE.test(spec)),
    );
    expect(offenders, "pass a plain view type (lib/view-types) from the page instead").toEqual([]);
  });

  it("app/ calls no database client: pages, layouts and route handlers ask a lib/server/queries function", () => {
    const client = /^@\/lib\/server\/(db|create-prisma-client)$|^@\/lib\/generated(\/|$)|^@prisma\//;
    const offenders = sourceFiles("app").flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      const code = source.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
      const hits = importsOf(source).filter((spec) => client.test(spec));
      hits.push(...[/\bdb\(\)/, /\bprisma\.\w/, /\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe|transaction)\b/].filter((p) => p.test(code)).map((p) => p.source));
      return hits.map((hit) => `${file}: ${hit}`);
    });
    expect(offenders, "move the query into a named function in lib/server/queries/").toEqual([]);
  });

  it("lib/view-types holds types only, built on lib/domain and lib/schemas, nothing on the server", () => {
    const offenders = sourceFiles("lib/view-types").flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      const badSpecs = importsOf(source).filter((spec) => !/^@\/lib\/(domain|schemas|view-types)\//.test(spec));
      const valueImports = [...source.matchAll(/(?:^|\n)\s*import\s+(?!type\s)[^;]*;/g)].map((m) => m[0].trim());
      const values = [...source.matchAll(/(?:^|\n)\s*export\s+(?:const|let|function|class|enum|default)\b/g)].map((m) => m[0].trim());
      return [...badSpecs, ...valueImports, ...values].map((hit) => `${file}: ${hit}`);
    });
    expect(offenders).toEqual([]);
  });

  it("lib/domain does no I/O: no Node, Next, React, Prisma, server or action modules", () => {
    const forbidden = /^(node:|fs$|path$|child_process$|http|net$|@prisma\/|next(\/|$)|react(\/|-dom|$)|server-only$|@\/lib\/(server|generated|actions)(\/|$)|@\/components\/|@\/app\/)/;
    const offenders = sourceFiles("lib/domain").flatMap((file) =>
      importsOf(readFileSync(path.join(ROOT, file), "utf8"))
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("lib/domain reads no clock and no environment: now is a parameter", () => {
    const offenders = sourceFiles("lib/domain").flatMap((file) => {
      const code = readFileSync(path.join(ROOT, file), "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
      const hits = [/new Date\(\s*\)/, /\bDate\.now\(/, /\bperformance\.now\(/, /\bprocess\./, /\bMath\.random\(/].filter((p) => p.test(code));
      return hits.map((p) => `${file}: ${p.source}`);
    });
    expect(offenders).toEqual([]);
  });

  it("the check itself sees what it must refuse", () => {
    expect(importsOf('import { db } from "@/lib/server/db";').some((s) => SERVER_MODULE.test(s))).toBe(true);
    expect(importsOf('import type { Attachment } from "@/lib/generated/prisma/client";').some((s) => SERVER_MODULE.test(s))).toBe(true);
    expect(importsOf('const m = await import("@/lib/server/session");').some((s) => SERVER_MODULE.test(s))).toBe(true);
    expect(importsOf('import {\n  a,\n  b,\n} from "../../lib/server/x";').some((s) => SERVER_MODULE.test(s))).toBe(true);
    expect(importsOf('import type { HolidayRow } from "@/lib/view-types/calendar";').some((s) => SERVER_MODULE.test(s))).toBe(false);
    expect(importsOf('import { formatDateId } from "@/lib/domain/format-date";').some((s) => SERVER_MODULE.test(s))).toBe(false);
  });
});
