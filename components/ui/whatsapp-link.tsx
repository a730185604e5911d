/** The click-to-chat link beside a requester's phone (lib/domain/whatsapp.ts builds the href). */
export function WhatsAppLink({ href }: { href?: string | null }) {
  if (!href) return null;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="ml-2 text-sm font-normal text-brand-800 underline">
      Kirim pesan WhatsApp<span className="sr-only"> kepada pemohon (membuka WhatsApp di tab baru)</span>
    </a>
  );
}
