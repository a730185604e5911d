"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { signOutAction } from "@/lib/actions/auth-actions";
import type { AccountSummary } from "@/lib/view-types/account";

const LINK = "rounded px-3 py-1.5 underline-offset-4 hover:underline";

/**
 * The signed-in part of the header on cached public pages: the page is the same for everyone, and
 * this island asks /api/sesi who is signed in. Without JavaScript it shows "Masuk"/"Daftar".
 */
export function AccountMenu({ initial }: { initial?: AccountSummary | null }) {
  const [account, setAccount] = useState<AccountSummary | null | undefined>(initial);
  useEffect(() => {
    if (initial !== undefined) return;
    let live = true;
    fetch("/api/sesi", { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((a: AccountSummary | null) => live && setAccount(a))
      .catch(() => live && setAccount(null));
    return () => {
      live = false;
    };
  }, [initial]);
  if (account) {
    return (
      <>
        <Link href={account.home} prefetch={false} className="rounded px-2 py-1 underline-offset-4 hover:underline">
          {account.name} · {account.roleLabel}
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-white/60 px-3 py-1.5 hover:bg-white/10">
            Keluar
          </button>
        </form>
      </>
    );
  }
  return (
    <>
      <Link href="/masuk" prefetch={false} className="rounded bg-white px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50">
        Masuk
      </Link>
      <Link href="/daftar" prefetch={false} className={LINK}>
        Daftar
      </Link>
    </>
  );
}
