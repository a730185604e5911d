import { COMPLIANCE_STATUS_LABELS, type ComplianceStatus } from "@/lib/domain/dip-compliance";

const TONE: Record<ComplianceStatus, string> = {
  PRESENT: "border-green-800 bg-green-50 text-green-900",
  STALE: "border-amber-800 bg-amber-50 text-amber-900",
  MISSING: "border-red-800 bg-red-50 text-red-900",
};

export function ComplianceBadge({ status }: { status: ComplianceStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}>{COMPLIANCE_STATUS_LABELS[status]}</span>;
}
