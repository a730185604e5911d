import "server-only";
import type { Role } from "@/lib/domain/roles";
import { countWorkQueue } from "@/lib/server/queries/work-queue";
import type { OfficeFrameView } from "@/lib/view-types/office";

/** What the back-office frame shows around every /kantor page: the menu for the role and the open tasks. */
export async function loadOfficeFrame(user: { id: string; role: Role; unitId: string | null }): Promise<OfficeFrameView> {
  const tasks = await countWorkQueue({ role: user.role, userId: user.id, unitId: user.unitId });
  return { role: user.role, tasks };
}
