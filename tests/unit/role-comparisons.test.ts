import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/domain/roles";

// GUIDE "Authorization": no hard-coded role comparisons; services, queries, pages and components
// ask the one permission table (lib/domain/permissions.ts: can, isUnitBound, ownOrOnBehalf,
// rolesWith), so a new role is one table change. Checked by reading the source.

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["app", "components", "lib", "prisma"];
// Where roles are defined and mapped to rights; the generated client is not ours.
const DEFINITIONS = new Set(["lib/domain/permissions.ts", "lib/domain/roles.ts"]);
const SKIPPED_DIRS = new Set(["lib/generated", "node_modules"]);

function sourceFiles(dir: string): string[] {
  if (SKIPPED_DIRS.has(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(rel));
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) files.push(rel);
  }
  return files;
}

const ROLE = `["'\`](?:${ROLES.join("|")})["'\`]`;
const OPERAND = String.raw`[\w$.?!\]\[)]+`;
const PATTERNS = [
  // x.role === "ADMIN", role !== 'CITIZEN' (the operand is reported: a unit's kind shares two names)
  new RegExp(String.raw`(${OPERAND})\s*[!=]==?\s*${ROLE}`, "g"),
  new RegExp(String.raw`${ROLE}\s*[!=]==?\s*(${OPERAND})`, "g"),
  // switch (user.role) { case "ADMIN": … }
  new RegExp(String.raw`\bcase\s+${ROLE}\s*:()`, "g"),
  // ["PPID_UTAMA", "ADMIN"].includes(user.role)
  new RegExp(String.raw`\[[^\]]*${ROLE}[^\]]*\]\s*\.includes\(()`, "g"),
];

/** Role comparisons in a source text, as "line: code". A unit's kind (enum UnitKind) is no role. */
function roleComparisons(source: string): string[] {
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      if (/\bkind$/.test(match[1] ?? "")) continue;
      const line = source.slice(0, match.index).split("\n").length;
      found.push(`${line}: ${match[0].trim()}`);
    }
  }
  return found;
}

describe("roles go through the permission table", () => {
  it("finds the comparisons it is meant to refuse (self-test)", () => {
    expect(roleComparisons(`if (user.role === "ADMIN") x();`)).toHaveLength(1);
    expect(roleComparisons(`const a = actor?.role !== 'CITIZEN';`)).toHaveLength(1);
    expect(roleComparisons(`if ("PPID_PELAKSANA" === role) {}`)).toHaveLength(1);
    expect(roleComparisons(`switch (r) {\n  case "ATASAN_PPID":\n}`)).toEqual(['2: case "ATASAN_PPID":']);
    expect(roleComparisons(`["PPID_UTAMA", "ADMIN"].includes(user.role)`)).toHaveLength(1);
    expect(roleComparisons(`const label = u.kind === "PPID_UTAMA" ? "a" : "b";`)).toEqual([]);
    expect(roleComparisons(`if (can(user.role, "request.handle")) {}`)).toEqual([]);
    expect(roleComparisons(`await db.user.create({ data: { role: "CITIZEN" } });`)).toEqual([]);
  });

  it("has no hard-coded role comparison outside the permission module", () => {
    const offenders = SCANNED.flatMap(sourceFiles)
      .filter((file) => !DEFINITIONS.has(file))
      .flatMap((file) => roleComparisons(readFileSync(path.join(ROOT, file), "utf8")).map((hit) => `${file}:${hit}`));
    expect(offenders).toEqual([]);
  });
});
