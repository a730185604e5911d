import { CalculatorBody, calculatorMetadata, type CalculatorSearch } from "./calculator-body";

// A question asked (?aturan=…&tanggal=…): rendered per request. The empty form is rewritten to the
// cached twin /kalkulator-hari-kerja/formulir (next.config rewrites()).
export const metadata = calculatorMetadata;

export default async function CalculatorPage({ searchParams }: { searchParams: Promise<CalculatorSearch> }) {
  return <CalculatorBody sp={await searchParams} />;
}
