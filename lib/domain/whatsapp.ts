// WhatsApp click-to-chat for staff (wa.me link with a prefilled message; no WhatsApp API, nothing
// is sent by the portal). Indonesian numbers: 0812…, +62 812…, 62812… and 812… all become 62812….

/** The international form of an Indonesian phone number (digits only), or null when it is not one. */
export function toWhatsAppNumber(phone: string): string | null {
  let digits = phone.replace(/\D+/g, "");
  if (digits.startsWith("0")) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith("8")) digits = `62${digits}`;
  if (!digits.startsWith("62")) return null;
  return digits.length >= 10 && digits.length <= 15 ? digits : null;
}

/** The case a staff member writes about: a request, or an objection (its own number). */
export type WhatsAppCase = { kind: "REQUEST" | "OBJECTION"; requesterName: string; caseNumber: string; officeName: string };

export function whatsAppMessage(c: WhatsAppCase): string {
  const what = c.kind === "OBJECTION" ? "keberatan" : "permohonan informasi";
  return `Yth. ${c.requesterName}, kami dari ${c.officeName} menghubungi Anda terkait ${what} nomor ${c.caseNumber}.`;
}

/** https://wa.me/<number>?text=… or null without a usable number. */
export function whatsAppLink(phone: string, message: string): string | null {
  const number = toWhatsAppNumber(phone);
  return number ? `https://wa.me/${number}?text=${encodeURIComponent(message)}` : null;
}

/** The link a case page shows beside the requester's phone (request and objection pages alike). */
export function caseWhatsAppLink(phone: string, c: WhatsAppCase): string | null {
  return whatsAppLink(phone, whatsAppMessage(c));
}
