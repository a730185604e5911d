/**
 * The office's emblem: public/logo-kantor.svg (a placeholder until the office puts its own logo
 * there, same name; public/favicon.ico and icon.svg are the tab icon).
 */
export function LogoMark({ label }: { label: string }) {
  // A plain <img>: an SVG gains nothing from next/image, and the header must render without JS.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src="/logo-kantor.svg" alt={label} width={40} height={40} className="h-10 w-10 shrink-0" />;
}
