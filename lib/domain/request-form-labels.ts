// Indonesian labels of the request's form fields (DESIGN.md 1.1 step 1): how the requester wants
// to obtain the information and how to receive it (UU 14/2008 Pasal 22(3); Perki 1/2021).

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
