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

export function whatsAppMessage(n: { requesterName: string; caseNumber: string; officeName: string }): string {
  return `Yth. ${n.requesterName}, kami dari ${n.officeName} menghubungi Anda terkait permohonan informasi nomor ${n.caseNumber}.`;
}

/** https://wa.me/<number>?text=… or null without a usable number. */
export function whatsAppLink(phone: string, message: string): string | null {
  const number = toWhatsAppNumber(phone);
  return number ? `https://wa.me/${number}?text=${encodeURIComponent(message)}` : null;
}
