import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO, DEMO_PASSWORD } from "../e2e/helpers";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver";
import { createDatabase, dropDatabase, multiDatabaseUrl, startInstance, stopInstance, waitForOutput, waitHealthy, type Instance } from "./cluster";

// Issue 17's proof: two built instances on ONE PostgreSQL database, each with its own local upload
// folder, and requests alternating between them as a load balancer would send them. Cookies are
// per host, not per port, so one browser context on localhost:A and localhost:B is one visitor.

test.describe.configure({ mode: "serial" });

const PORT_A = Number(process.env.MULTI_PORT ?? 3120);
const PORT_B = PORT_A + 10;
const DB_URL = multiDatabaseUrl();
const OLD_SECRET = randomBytes(32).toString("base64url");
const NEW_SECRET = randomBytes(32).toString("base64url");
const ENGINE_UP = "mesin tugas berjalan";

let mail: SmtpReceiver;
let db: pg.Client;
let A: Instance;
let B: Instance;
let citizen: BrowserContext;
let filed: { number: string; ktp: Buffer } | null = null;

function instanceEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: DB_URL,
    AUTH_SECRET: OLD_SECRET,
    PUBLIC_URL: `http://localhost:${PORT_A}`,
    SMTP_URL: mail.url,
    MAIL_POLL_SECONDS: "1",
    MAIL_FROM: "PPID Demo <ppid@kupang.demo>",
    PPID_SHUTDOWN_SECONDS: "20",
    // As behind the load balancer of the README: X-Forwarded-For's last entry is the client.
    PPID_TRUSTED_PROXIES: "1",
    ...extra,
  };
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signIn(page: Page, on: Instance, email: string) {
  await page.goto(`${on.url}/masuk`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes.toString("base64")).digest("hex");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  mail = await startSmtpReceiver();
  await createDatabase(DB_URL);
  db = new pg.Client({ connectionString: DB_URL });
  await db.connect();
  A = startInstance({ name: "A", port: PORT_A, env: instanceEnv() });
  B = startInstance({ name: "B", port: PORT_B, env: instanceEnv() });
  await Promise.all([waitHealthy(A), waitHealthy(B)]);
  // Both instances run the job engine; each has registered the same cron schedules.
  await Promise.all([waitForOutput(A, ENGINE_UP), waitForOutput(B, ENGINE_UP)]);
  // Compress time: the hourly lapse job fires every minute from now on (checked at the end).
  await db.query(`UPDATE pgboss.schedule SET cron = '* * * * *' WHERE name = 'lapse-requests'`);
  citizen = await browser.newContext();
});

// What the instances printed, for a failure's report.
test.afterEach(async ({}, info) => {
  if (info.status === info.expectedStatus) return;
  for (const instance of [A, B].filter(Boolean)) await info.attach(`instance-${instance.name}.log`, { body: instance.output(), contentType: "text/plain" });
});

test.afterAll(async () => {
  await citizen?.close();
  await Promise.all([A, B].filter(Boolean).map(stopInstance));
  await db?.end();
  await mail?.close();
  await dropDatabase(DB_URL);
});

test("a citizen signs in on instance A and continues on instance B", async () => {
  const page = await citizen.newPage();
  await signIn(page, A, DEMO.citizen);
  await expect(page).toHaveURL(new RegExp(`^${A.url}/akun`));
  const name = (await (await page.request.get(`${A.url}/api/sesi`)).json()).name as string;

  await page.goto(`${B.url}/akun`);
  await expect(page).toHaveURL(new RegExp(`^${B.url}/akun`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect((await (await page.request.get(`${B.url}/api/sesi`)).json()).name).toBe(name);
  // A stranger on B is not signed in (the session is the cookie's, not the instance's).
  const stranger = await (await page.context().browser()!.newContext()).newPage();
  await stranger.goto(`${B.url}/akun`);
  await expect(stranger).toHaveURL(/\/masuk/);
  await stranger.context().close();
});

test("a request filed with a KTP scan on A is opened on B by the desk officer, scan and all", async ({ browser }) => {
  const page = await citizen.newPage();
  // Unique bytes: the download must be this very file.
  const ktp = Buffer.from(`%PDF-1.4\n%${randomBytes(24 * 1024).toString("hex")}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
  await page.goto(`${A.url}/permohonan/ajukan`);
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("5371015508900002");
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill("Data cakupan imunisasi per puskesmas, diajukan lewat instans A");
  await page.getByLabel("Tujuan penggunaan informasi").fill("Bahan penelitian tentang layanan kesehatan");
  await page.getByRole("group", { name: /Cara memperoleh informasi/ }).getByRole("radio", { name: "Salinan softcopy" }).check();
  await page.getByRole("group", { name: /Cara mendapatkan salinan/ }).getByRole("radio", { name: "Surel (e-mail)" }).check();
  await page.getByLabel("Pindaian KTP").setInputFiles({ name: "ktp-multi.pdf", mimeType: "application/pdf", buffer: ktp });
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page).toHaveURL(new RegExp(`^${A.url}/permohonan/terkirim$`));
  const number = (await page.getByTestId("nomor-pendaftaran").textContent())!.trim();
  filed = { number, ktp };

  // The scan is in the database, not in A's folder (B's folder is another machine's disk).
  expect(filesUnder(A.uploadDir).filter((f) => sha256(readFileSync(f)) === sha256(ktp))).toEqual([]);
  const chunks = await db.query(`SELECT count(*)::int AS n FROM file_chunk`);
  expect(chunks.rows[0].n).toBeGreaterThan(0);

  const desk = await newPage(browser);
  await signIn(desk, B, DEMO.desk);
  await expect(desk).toHaveURL(new RegExp(`^${B.url}/kantor`));
  await desk.goto(`${B.url}/kantor/permohonan?q=${encodeURIComponent(number)}`);
  await desk.getByRole("row", { name: new RegExp(number) }).getByRole("link", { name: number }).click();
  await expect(desk.getByRole("heading", { name: new RegExp(number) }).first()).toBeVisible();
  expect(desk.url().startsWith(B.url)).toBe(true);
  const link = desk.getByRole("link", { name: "ktp-multi.pdf" });
  await expect(link).toBeVisible();
  const download = await desk.request.get(`${B.url}${await link.getAttribute("href")}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(sha256(await download.body())).toBe(sha256(ktp));
  await desk.context().close();
});

test("a DIP entry published on B shows on A's cached public page at once", async ({ browser }) => {
  const visitor = await newPage(browser);
  // DIP-029 (seed) awaits the PPID Utama's approval: A renders and caches its 'not found'.
  expect((await visitor.goto(`${A.url}/informasi-publik/DIP-029`))?.status()).toBe(404);
  expect((await visitor.goto(`${A.url}/informasi-publik/DIP-029`))?.status()).toBe(404);
  // A page A serves from its cache (proof that A answers from memory, not from the database).
  // (A background job's revocation may force one fresh render: a few back-to-back pairs.)
  expect((await visitor.request.get(`${A.url}/informasi-publik/DIP-001`)).status()).toBe(200);
  let again = await visitor.request.get(`${A.url}/informasi-publik/DIP-001`);
  for (let i = 0; i < 5 && again.headers()["x-nextjs-cache"] !== "HIT"; i++) again = await visitor.request.get(`${A.url}/informasi-publik/DIP-001`);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");

  const utama = await newPage(browser);
  await signIn(utama, B, DEMO.utama);
  await expect(utama).toHaveURL(new RegExp(`^${B.url}/kantor`));
  await utama.goto(`${B.url}/kantor/dip`);
  await utama.getByRole("link", { name: /Usulan menunggu persetujuan/ }).click();
  await utama.getByRole("link", { name: "Jadwal Imunisasi Posyandu Semester II 2026" }).click();
  await utama.getByRole("button", { name: "Sahkan dan terbitkan" }).click();
  await expect(utama.getByText("Entri disahkan dan diterbitkan di Daftar Informasi Publik.")).toBeVisible();
  const published = Date.now();

  // A reads B's revocation from the shared table every PPID_CACHE_TAG_POLL_MS (500 ms).
  await expect
    .poll(async () => (await visitor.request.get(`${A.url}/informasi-publik/DIP-029`)).status(), { timeout: 3_000, intervals: [100] })
    .toBe(200);
  expect(Date.now() - published).toBeLessThan(3_000);
  await visitor.goto(`${A.url}/informasi-publik/DIP-029`);
  await expect(visitor.getByRole("heading", { level: 1, name: "Jadwal Imunisasi Posyandu Semester II 2026" })).toBeVisible();
  await utama.context().close();
  await visitor.context().close();
});

test("a rate limit reached on A holds on B", async ({ playwright }) => {
  // publicApiIp: 300 calls a minute per address; the address is the proxy's X-Forwarded-For.
  const api = await playwright.request.newContext();
  const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
  const ip = "203.0.113.17";
  const statuses: number[] = [];
  for (let i = 0; i < 299; i += 23) {
    const batch = Array.from({ length: Math.min(23, 299 - i) }, () => api.get(`${A.url}/api/v1/deadline`, from(ip)));
    statuses.push(...(await Promise.all(batch)).map((r) => r.status()));
  }
  expect(statuses.filter((s) => s === 429)).toEqual([]);
  expect((await api.get(`${A.url}/api/v1/deadline`, from(ip))).status()).toBe(429);
  const onB = await api.get(`${B.url}/api/v1/deadline`, from(ip));
  expect(onB.status()).toBe(429);
  expect(Number(onB.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await onB.text()).toContain("Terlalu banyak permintaan");
  // Another address is not affected.
  expect((await api.get(`${B.url}/api/v1/deadline`, from("203.0.113.18"))).status()).toBe(400);
  await api.dispose();
});

test("mail and a scheduled job run once although both instances run the job engine", async () => {
  test.setTimeout(150_000);
  expect(filed).not.toBeNull();
  // The outbox: both instances drain it every second; every message goes out exactly once.
  const outbox = async () => {
    const rows = (await db.query(`SELECT "messageId", status FROM "EmailOutbox"`)).rows as { messageId: string; status: string }[];
    const received = mail.messages.map((m) => m.messageId);
    return {
      waiting: rows.filter((r) => r.status !== "SENT").length,
      sent: rows.length,
      received: received.length,
      distinct: new Set(received).size,
      unknown: received.filter((id) => !rows.some((r) => r.messageId === id)).length,
    };
  };
  await expect.poll(async () => (await outbox()).waiting, { timeout: 30_000 }).toBe(0);
  const seen = await outbox();
  expect(seen.sent).toBeGreaterThan(0);
  expect(seen).toEqual({ waiting: 0, sent: seen.sent, received: seen.sent, distinct: seen.sent, unknown: 0 });
  const receipts = mail.messages.filter((m) => m.text?.includes(filed!.number) && JSON.stringify(m.to).includes(DEMO.citizen));
  expect(receipts.length).toBeGreaterThan(0);
  expect(new Set(receipts.map((m) => m.messageId)).size).toBe(receipts.length);

  // pg-boss: one schedule row however many instances scheduled it; each firing runs one job.
  expect((await db.query(`SELECT count(*)::int AS n FROM pgboss.schedule WHERE name = 'lapse-requests'`)).rows[0].n).toBe(1);
  await expect
    .poll(async () => (await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'lapse-requests' AND state = 'completed'`)).rows[0].n, {
      timeout: 120_000,
      intervals: [2_000],
    })
    .toBeGreaterThan(0);
  await db.query(`UPDATE pgboss.schedule SET cron = '5 * * * *' WHERE name = 'lapse-requests'`);
  const settled = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE (name = 'lapse-requests' AND state <> 'completed') OR (name = '__pgboss__send-it' AND singleton_key = 'lapse-requests' AND state <> 'completed')`)).rows[0].n;
  await expect.poll(settled, { timeout: 30_000, intervals: [1_000] }).toBe(0);
  const fired = (await db.query(`SELECT count(DISTINCT singleton_on)::int AS n FROM pgboss.job WHERE name = '__pgboss__send-it' AND singleton_key = 'lapse-requests'`)).rows[0].n;
  const ran = (await db.query(`SELECT count(*)::int AS n, max(retry_count)::int AS retries FROM pgboss.job WHERE name = 'lapse-requests'`)).rows[0];
  expect(fired).toBeGreaterThan(0);
  expect(ran).toEqual({ n: fired, retries: 0 });
});

test("on SIGTERM an instance finishes the request in flight, stops its jobs and exits 0", async () => {
  test.setTimeout(120_000);
  // A slow upload: the headers and half the body now, the rest after the signal.
  const body = `email=${encodeURIComponent(DEMO.citizen)}&password=${"x".repeat(400)}`;
  const socket = net.connect(PORT_B, "localhost");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let response = "";
  socket.on("data", (d) => (response += d));
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.write(
    `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: localhost:${PORT_B}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 100)}`,
  );
  await new Promise((r) => setTimeout(r, 500));
  const signalled = Date.now();
  B.child.kill("SIGTERM");

  // B takes no new connection once it has taken the signal; A (the load balancer's other
  // instance) serves on. (On a loaded machine a connection the kernel queued just before may
  // still be answered, hence the poll.)
  await waitForOutput(B, "SIGTERM: permintaan baru ditolak", 15_000);
  await expect
    .poll(async () => fetch(`${B.url}/api/health`).then(() => "open", () => "refused"), { timeout: 15_000, intervals: [100] })
    .toBe("refused");
  expect((await fetch(`${A.url}/api/health`)).status).toBe(200);
  expect(B.child.exitCode).toBeNull(); // still finishing the request in flight

  socket.write(body.slice(100));
  await closed;
  expect(response).toMatch(/^HTTP\/1\.1 (200|302|303)/);
  expect(await B.exited).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(25_000);
  expect(B.output()).toContain("berhenti dengan bersih");
});

test("after a secret rotation the cookies signed with the old secret still open", async ({ browser }) => {
  test.setTimeout(180_000);
  // B comes back signing with the new secret (AUTH_SECRET_1) and reading the old one (AUTH_SECRET).
  B = startInstance({ name: "B", port: PORT_B, env: instanceEnv({ AUTH_SECRET_1: NEW_SECRET }) });
  await waitHealthy(B);
  const page = await citizen.newPage();
  await page.goto(`${B.url}/akun`);
  await expect(page).toHaveURL(new RegExp(`^${B.url}/akun`));
  expect((await (await page.request.get(`${B.url}/api/sesi`)).json())?.name).toBeTruthy();

  // A new sign-in on B is signed with the new secret: B reads it, A (old secret only) does not —
  // every instance gets AUTH_SECRET_1 before the old secret is dropped (README).
  const fresh = await newPage(browser);
  await signIn(fresh, B, DEMO.atasan);
  await expect(fresh).toHaveURL(new RegExp(`^${B.url}/kantor`));
  expect((await (await fresh.request.get(`${B.url}/api/sesi`)).json())?.name).toBeTruthy();
  expect(await (await fresh.request.get(`${A.url}/api/sesi`)).json()).toBeNull();
  await fresh.context().close();
});
