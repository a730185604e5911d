// The calendar prefill every start runs (instrumentation → prefillProvisionalYears), run once
// before the app starts: on a freshly seeded register it recomputes every open deadline, and
// inside the app it would run beside the first load runs and slow them. Prints {filled, seconds}.
import { performance } from "node:perf_hooks";
import { db } from "@/lib/server/db";
import { prefillProvisionalYears } from "@/lib/server/services/prefill-provisional-years";

async function main() {
  const t = performance.now();
  const { filled } = await prefillProvisionalYears();
  console.log(JSON.stringify({ filled, seconds: +((performance.now() - t) / 1000).toFixed(1) }));
  await db().$disconnect();
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
