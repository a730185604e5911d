export function FormAlert({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  if (!message) return null;
  const cls = tone === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-brand-700 bg-brand-50 text-brand-900";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`mb-4 rounded border-l-4 px-4 py-3 ${cls}`}>
      {message}
    </div>
  );
}
