import { formatDateId } from "@/lib/domain/format-date";
import { fromDbDate } from "@/lib/domain/db-date";

type TestRow = { id: string; information: string; decisionNumber: string; exemptUntil: Date | null };

/** "Rekam medis pasien — SK 188.45/02/… (s.d. 31 Desember 2026)" for the select of an exempt entry. */
export function testOptions(tests: TestRow[]): { value: string; label: string }[] {
  return tests.map((t) => {
    const until = t.exemptUntil ? ` (s.d. ${formatDateId(fromDbDate(t.exemptUntil))})` : "";
    return { value: t.id, label: `${t.information} — SK ${t.decisionNumber}${until}` };
  });
}
