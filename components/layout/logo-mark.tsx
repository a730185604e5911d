/** Placeholder emblem until the office uploads its own logo. */
export function LogoMark({ label }: { label: string }) {
  return (
    <svg viewBox="0 0 40 40" width="40" height="40" role="img" aria-label={label} className="shrink-0">
      <rect width="40" height="40" rx="8" fill="#0b5540" />
      <path d="M20 7l11 5v8c0 7-4.7 11.6-11 13-6.3-1.4-11-6-11-13v-8z" fill="#fff" />
      <path d="M15 20l4 4 7-8" stroke="#0b5540" strokeWidth="3" fill="none" strokeLinecap="round" />
    </svg>
  );
}
