import { CalculatorBody, calculatorMetadata } from "../calculator-body";

// The empty form: /kalkulator-hari-kerja without a question is rewritten here (next.config
// rewrites(), STATIC_HTML_QUERY_PAGES). It reads no query string, so it is served from the public
// cache until the calendar or the office settings change (the tags of getCalendarConfig).
export const metadata = calculatorMetadata;

export default function CalculatorTwinPage() {
  return <CalculatorBody sp={{}} />;
}
