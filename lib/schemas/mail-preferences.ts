import { z } from "zod";

/** Checkboxes named "surel:<key>"; a ticked one is sent as "on". */
export const ZMailPreferencesInput = z
  .record(z.string(), z.unknown())
  .transform((raw) => Object.keys(raw).filter((k) => k.startsWith("surel:") && raw[k] === "on").map((k) => k.slice("surel:".length)));
export type TMailPreferencesInput = z.output<typeof ZMailPreferencesInput>;
