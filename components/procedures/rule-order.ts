import type { DeadlineRule } from "@/lib/domain/calendar";

/** The order in which a case meets the rules. */
export const DEADLINE_RULE_ORDER: DeadlineRule[] = [
  "REQUEST_RESPONSE",
  "REQUIREMENTS_COMPLETION",
  "REQUEST_EXTENSION",
  "OBJECTION_FILING",
  "OBJECTION_RESPONSE",
  "DISPUTE_FILING",
];
