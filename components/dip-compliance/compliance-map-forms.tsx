"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { mapComplianceItemAction, unmapComplianceItemAction } from "@/lib/actions/dip-compliance-actions";

type Option = { id: string; label: string };

/** Map one more DIP entry of the item's category onto a checklist item. */
export function MapEntryForm({ itemCode, options }: { itemCode: string; options: Option[] }) {
  const [state, action] = useActionState(mapComplianceItemAction, null);
  const id = `map-${itemCode}`;
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="itemCode" value={itemCode} />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">Petakan entri DIP</label>
        <select id={id} name="dipEntryId" required defaultValue="" className="mt-1 block w-full max-w-md rounded border border-slate-400 bg-white px-2 py-1 text-sm">
          <option value="" disabled>— pilih entri —</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-800">Petakan</button>
      <div className="w-full">
        <FormAlert message={state && !state.ok ? state.message : undefined} />
      </div>
    </form>
  );
}

export function UnmapEntryButton({ itemCode, dipEntryId, label }: { itemCode: string; dipEntryId: string; label: string }) {
  const [state, action] = useActionState(unmapComplianceItemAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="itemCode" value={itemCode} />
      <input type="hidden" name="dipEntryId" value={dipEntryId} />
      <button type="submit" className="ml-2 text-sm text-red-800 underline" aria-label={`Lepas pemetaan ${label}`}>lepas</button>
      {state && !state.ok && <span role="alert" className="ml-2 text-sm text-red-800">{state.message}</span>}
    </form>
  );
}
