import { signOutAction } from "@/lib/actions/auth-actions";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-white/60 px-3 py-1.5 hover:bg-white/10">
        Keluar
      </button>
    </form>
  );
}
