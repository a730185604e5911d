// Bulk register into an embedded (PGlite) database folder: the same SQL as on PostgreSQL.
import { PGlite } from "@electric-sql/pglite";
import { dipSql, largeSeedSql } from "./seed-large.mjs";

const [dir, n, dip = "500"] = process.argv.slice(2);
const db = new PGlite(dir);
await db.exec(largeSeedSql({ requests: Number(n) }) + dipSql(Number(dip)));
await db.close();
