"use server";

import { revalidatePath } from "next/cache";
import { ZCreateStaffUserInput, ZSetUserDisabledInput } from "@/lib/schemas/auth";
import { createAction } from "@/lib/server/action-client";
import { createStaffUser, setUserDisabled } from "@/lib/server/services/manage-staff-users";

export const createStaffUserAction = createAction({
  schema: ZCreateStaffUserInput,
  permission: "users.manage",
  handler: async (input) => {
    await createStaffUser(input);
    revalidatePath("/kantor/pengguna");
    return { ok: true, message: `Akun ${input.email} dibuat. Sampaikan kata sandi awal kepada pemiliknya secara langsung.` };
  },
});

export const setUserDisabledAction = createAction({
  schema: ZSetUserDisabledInput,
  permission: "users.manage",
  handler: async (input, user) => {
    await setUserDisabled(user.id, input.userId, input.disabled);
    revalidatePath("/kantor/pengguna");
    return { ok: true, message: input.disabled ? "Akun dinonaktifkan." : "Akun diaktifkan kembali." };
  },
});
