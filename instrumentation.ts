// Next.js calls register() once per server process. On the Node.js runtime it starts the hourly
// in-process check for ended exemptions (UU 14/2008 Pasal 20; lib/server/jobs/exemption-timer.ts).
// Any failure here is logged and swallowed: the portal must start regardless.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { startExemptionTimer } = await import("./lib/server/jobs/exemption-timer");
    startExemptionTimer();
  } catch (error) {
    console.error("[instrumentation] exemption timer not started", error);
  }
  try {
    // DESIGN.md 1.1 step 3: incomplete requests lapse once their completion period ends.
    const { startLapseTimer } = await import("./lib/server/jobs/lapse-timer");
    startLapseTimer();
  } catch (error) {
    console.error("[instrumentation] lapse timer not started", error);
  }
}
