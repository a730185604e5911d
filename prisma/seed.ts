import { createPrismaClient } from "../lib/server/create-prisma-client";
import { seedDemoCases } from "./seed-data/demo-cases";
import { seedDemoDocuments } from "./seed-data/demo-documents";
import { seedDemo } from "./seed-data/seed-demo";
import { parseEnv } from "../lib/server/env-schema";

// Demo data for a fresh database. `npm start` runs it with --if-empty; run it by hand with
// `npm run db:seed` (seeding twice changes nothing).
async function main() {
  const env = parseEnv(process.env);
  const db = createPrismaClient({ DATABASE_URL: env.DATABASE_URL });
  try {
    if (process.argv.includes("--if-empty") && (await db.officeSetting.count()) > 0) {
      console.log("Basis data sudah berisi data; seed dilewati.");
      return;
    }
    await seedDemo(db);
    await seedDemoDocuments(db, env);
    const cases = await seedDemoCases(db);
    if (cases.skipped) console.log("Register sudah berisi perkara nyata; contoh perkara demo tidak ditambahkan.");
    const [units, users, holidays, dip, requests] = await Promise.all([
      db.unit.count(),
      db.user.count(),
      db.holiday.count(),
      db.dipEntry.count(),
      db.informationRequest.count(),
    ]);
    console.log(`Seed selesai: ${units} unit, ${users} akun, ${holidays} hari libur, ${dip} entri DIP, ${requests} permohonan.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
