export function PageTitle({ children, lead }: { children: React.ReactNode; lead?: React.ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold text-brand-900 md:text-3xl">{children}</h1>
      {lead && <p className="mt-2 max-w-3xl text-slate-700">{lead}</p>}
    </div>
  );
}
