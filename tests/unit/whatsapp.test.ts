import { describe, expect, it } from "vitest";
import { caseWhatsAppLink, toWhatsAppNumber, whatsAppLink, whatsAppMessage } from "@/lib/domain/whatsapp";

describe("WhatsApp click-to-chat", () => {
  it("turns the ways Indonesians write a mobile number into 62…", () => {
    for (const phone of ["0812 3456 7890", "+62 812-3456-7890", "6281234567890", "812 3456 7890", "(0812) 3456.7890"]) {
      expect(toWhatsAppNumber(phone), phone).toBe("6281234567890");
    }
  });

  it("gives no link for something that is not a phone number", () => {
    expect(whatsAppLink("", "x")).toBeNull();
    expect(whatsAppLink("12345", "x")).toBeNull();
    expect(whatsAppLink("+1 202 555 0100", "x")).toBeNull();
  });

  it("prefills an Indonesian message with the case number, encoded", () => {
    const text = whatsAppMessage({ kind: "REQUEST", requesterName: "Maria Bria", caseNumber: "001/PMH/PPID-KPG/2026", officeName: "PPID Kota Kupang" });
    const link = whatsAppLink("081234567890", text)!;
    expect(link.startsWith("https://wa.me/6281234567890?text=")).toBe(true);
    expect(decodeURIComponent(link.split("text=")[1]!)).toBe(text);
    expect(text).toContain("001/PMH/PPID-KPG/2026");
  });

  it("names an objection by its own number for the objection page", () => {
    const link = caseWhatsAppLink("0812 3456 7890", { kind: "OBJECTION", requesterName: "Maria Bria", caseNumber: "003/KBR/PPID-KPG/2026", officeName: "PPID Kota Kupang" })!;
    expect(decodeURIComponent(link.split("text=")[1]!)).toBe("Yth. Maria Bria, kami dari PPID Kota Kupang menghubungi Anda terkait keberatan nomor 003/KBR/PPID-KPG/2026.");
    expect(caseWhatsAppLink("-", { kind: "OBJECTION", requesterName: "M", caseNumber: "1", officeName: "P" })).toBeNull();
  });
});
