import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-ppid-2026";
export const DEMO = {
  citizen: "warga@kupang.demo",
  desk: "meja@kupang.demo",
  utama: "utama@kupang.demo",
  pelaksana: "pelaksana@kupang.demo",
  atasan: "atasan@kupang.demo",
  admin: "admin@kupang.demo",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

/** WCAG 2.1 AA rules only; any violation fails the test with the rule ids listed. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}
