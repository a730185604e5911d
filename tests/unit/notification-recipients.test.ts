import { describe, expect, it } from "vitest";
import { recipientRoles, recipientsOf, RECIPIENT_PERMISSION, type NoticeRecipient } from "@/lib/domain/notice-kit";
import { ROLES } from "@/lib/domain/roles";

// Case-notice recipients resolve through the permission table (lib/domain/permissions.ts). The
// move from role names to permissions changed nobody's mail: each key still reaches exactly the
// roles it reached when it was mapped by name.
const BY_NAME_BEFORE: Record<NoticeRecipient, string[]> = {
  REQUESTER: ["CITIZEN"],
  DESK_OFFICERS: ["DESK_OFFICER"],
  UNIT_PELAKSANA: ["PPID_PELAKSANA"],
  PPID_UTAMA: ["PPID_UTAMA"],
  ATASAN: ["ATASAN_PPID"],
};

describe("notice recipients", () => {
  it("resolve each key to exactly the roles it reached by name", () => {
    expect(Object.keys(RECIPIENT_PERMISSION).sort()).toEqual(Object.keys(BY_NAME_BEFORE).sort());
    for (const [to, roles] of Object.entries(BY_NAME_BEFORE)) {
      expect([...recipientRoles(to as NoticeRecipient)].sort(), to).toEqual(roles);
    }
  });

  it("address each role as at most one recipient, the administrator as none", () => {
    const byRole = Object.fromEntries(ROLES.map((role) => [role, recipientsOf(role)]));
    expect(byRole).toEqual({
      CITIZEN: ["REQUESTER"],
      DESK_OFFICER: ["DESK_OFFICERS"],
      PPID_PELAKSANA: ["UNIT_PELAKSANA"],
      PPID_UTAMA: ["PPID_UTAMA"],
      ATASAN_PPID: ["ATASAN"],
      ADMIN: [],
    });
  });

  it("do not tell the PPID Utama of every arrival, though it may register requests too", () => {
    expect(recipientRoles("DESK_OFFICERS")).not.toContain("PPID_UTAMA");
  });
});
