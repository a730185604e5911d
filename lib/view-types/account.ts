// The signed-in account as the header shows it (name, role, home page); the island asks /api for it.
export type AccountSummary = { name: string; roleLabel: string; home: string };
