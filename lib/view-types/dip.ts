// The Daftar Informasi Publik as components see it (built by lib/server/queries): plain data.
import type { ComplianceItem, ComplianceSummary, ItemCheck } from "@/lib/domain/dip-compliance";
import type { DipForm, DipPublicCategory } from "@/lib/schemas/dip-query";

export type PublicDipDocument = { id: string; name: string; size: number; type: string };

export type PublicDipItem = {
  number: string;
  title: string;
  summary: string;
  category: DipPublicCategory;
  unitCode: string;
  unitName: string;
  responsible: string;
  producedWhen: string;
  producedWhere: string;
  form: DipForm;
  retention: string;
  year: number;
  /** Only http(s) or site-relative links; anything else is dropped. */
  link: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  documents: PublicDipDocument[];
};

export type PublicDipPage = { items: PublicDipItem[]; total: number; page: number; pageSize: number };

export type PublicConsequenceTest = {
  information: string;
  legalBasis: string[];
  consequences: string;
  publicInterest: string;
  conclusion: "EXEMPT" | "OPEN" | "PARTLY_OPEN";
  /** Office-local date YYYY-MM-DD. */
  exemptUntil: string | null;
  exemptionPeriod: string | null;
  participants: string;
  decisionNumber: string;
  /** Office-local date YYYY-MM-DD. */
  decisionDate: string;
};

export type PublicExemptEntry = {
  number: string;
  title: string;
  summary: string;
  unitName: string;
  year: number;
  publishedAt: Date | null;
  test: PublicConsequenceTest | null;
};

export type SertaMertaAnnouncement = {
  number: string;
  title: string;
  summary: string;
  unitName: string;
  publishedAt: Date;
  updatedAt: Date;
  link: string | null;
  images: { id: string; alt: string }[];
};

export type ComplianceEntryView = { id: string; number: string; title: string; unitId: string; unitName: string; status: string; lastUpdated: string };

export type ComplianceRow = { item: ComplianceItem; check: ItemCheck; entries: ComplianceEntryView[] };

export type ComplianceReport = { today: string; unitId: string | null; rows: ComplianceRow[]; summary: ComplianceSummary };

export type PublicComplianceSummary = { today: string; summary: ComplianceSummary; missing: string[]; stale: string[] } | null;
