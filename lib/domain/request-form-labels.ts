// Indonesian labels of the request's form fields (docs/domain.md, Requests step 1): how the
// requester wants to obtain the information (UU 14/2008 Pasal 4(2)) and how to receive it; the
// body records them (Pasal 22(2)); Perki 1/2021 gives the form.

export const OBTAIN_METHODS = ["VIEW", "READ", "LISTEN", "NOTE", "SOFTCOPY", "HARDCOPY"] as const;
export type ObtainMethod = (typeof OBTAIN_METHODS)[number];

export const OBTAIN_METHOD_LABELS: Record<ObtainMethod, string> = {
  VIEW: "Melihat",
  READ: "Membaca",
  LISTEN: "Mendengarkan",
  NOTE: "Mencatat",
  SOFTCOPY: "Salinan softcopy",
  HARDCOPY: "Salinan hardcopy",
};

export const DELIVERY_METHODS = ["PICKUP", "POST", "EMAIL", "COURIER"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  PICKUP: "Mengambil langsung",
  POST: "Pos",
  EMAIL: "Surel (e-mail)",
  COURIER: "Kurir",
};

export function obtainMethodLabel(value: string): string {
  return OBTAIN_METHOD_LABELS[value as ObtainMethod] ?? value;
}

export function deliveryMethodLabel(value: string): string {
  return DELIVERY_METHOD_LABELS[value as DeliveryMethod] ?? value;
}

/** "Rp15.000" (Indonesian grouping); 0 → "Tanpa biaya". */
export function formatRupiah(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return "—";
  if (amount === 0) return "Tanpa biaya";
  return `Rp${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}
