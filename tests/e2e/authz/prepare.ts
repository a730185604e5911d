// Run before the authorization-matrix instance starts (node --conditions=react-server --import tsx):
// on its freshly seeded database, through the portal's own services, it adds what the matrix needs
// beyond the demo data (tests/support/authz-fixtures.ts) and prints the ids and the scoping facts of
// every target as JSON on its last line.
import { db } from "@/lib/server/db";
import { prepareAuthzFixtures } from "../../support/authz-fixtures";

async function main() {
  const facts = await prepareAuthzFixtures();
  await db().$disconnect();
  console.log(JSON.stringify(facts));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
