// Names of the legal deadline rules (docs/domain.md, working days). The arithmetic lives in the calendar
// module ("@/lib/domain/calendar", type DeadlineRule); the workflow tables only name the rule a
// transition starts or stops, so they need the names and nothing else. A unit test checks that
// this list and the calendar's DeadlineRule stay the same set.

export const DEADLINE_RULE_NAMES = [
  "REQUEST_RESPONSE", // UU 14/2008 Pasal 22(7): 10 working days after receipt
  "REQUEST_EXTENSION", // UU 14/2008 Pasal 22(8): once, at most 7 working days more
  "REQUIREMENTS_COMPLETION", // office setting (SOP), not the UU: completing an incomplete request
  "OBJECTION_FILING", // UU 14/2008 Pasal 36(1): 30 working days after the ground arose
  "OBJECTION_RESPONSE", // UU 14/2008 Pasal 36(2): the Atasan answers within 30 working days
  "DISPUTE_FILING", // UU 14/2008 Pasal 37(2): 14 working days after the Atasan's answer
  "KI_START", // UU 14/2008 Pasal 38(1): the KI starts within 14 working days (information)
  "KI_FINISH", // UU 14/2008 Pasal 38(2): the KI finishes within 100 working days (information)
  "COURT_FILING", // UU 14/2008 Pasal 48(1): 14 working days after receiving the KI's ruling
] as const;

export type DeadlineRuleName = (typeof DEADLINE_RULE_NAMES)[number];

export function isDeadlineRuleName(value: unknown): value is DeadlineRuleName {
  return typeof value === "string" && (DEADLINE_RULE_NAMES as readonly string[]).includes(value);
}
