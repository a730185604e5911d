import type { ServiceHours } from "@/lib/domain/calendar";

const DAY_NAMES = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"] as const;
const ZONE_LABELS: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

/** "Senin–Kamis: 08.00–16.00 WITA": consecutive days with the same hours are grouped. */
export function formatServiceHours(hours: ServiceHours, timeZone: string): string[] {
  const zone = ZONE_LABELS[timeZone] ?? timeZone;
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i <= 7; i++) {
    const same = i < 7 && JSON.stringify(hours[(i + 1) as 1]) === JSON.stringify(hours[(start + 1) as 1]);
    if (same) continue;
    const h = hours[(start + 1) as 1];
    const days = start === i - 1 ? DAY_NAMES[start] : `${DAY_NAMES[start]}–${DAY_NAMES[i - 1]}`;
    lines.push(h ? `${days}: ${h.open.replace(":", ".")}–${h.close.replace(":", ".")} ${zone}` : `${days}: tutup`);
    start = i;
  }
  return lines;
}
