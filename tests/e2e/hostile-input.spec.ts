import { chromium, expect, request as requestContext, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import fc from "fast-check";
import { DEMO, DEMO_PASSWORD } from "./helpers";
import { countEverything, instanceFor, prepare, start, stop, type Instance } from "./hostile/instance";
import { routeHandlers, schemaFieldNames, serverActions, urlFor } from "./hostile/targets";

// Hostile input against EVERY route handler (app/**/route.ts) and EVERY server action of the built app
// (its server-reference manifest), anonymous and signed in as each kind of user: known-bad values (NUL
// and other control characters, huge, odd unicode, HTML, SQL, wrong types, repeated fields, non-form
// and oversized bodies) and fast-check's random ones. Nothing may answer 5xx or the generic "server
// error" message, and afterwards every table and the upload folder hold exactly what they held before.

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const GENERIC = "Maaf, terjadi kesalahan pada server";
const SEED = 20261201;

const BAD_VALUES = [
  "\u0000", "a\u0000b", "%00", "\u0007\u001b[2J", "\r\nSet-Cookie: x=1", "\t",
  "x".repeat(20_000), "9".repeat(400),
  "\u202e\u200b\uFEFF\uD83D\uDE00🇮🇩", "Ｋｕｐａｎｇ", "\uFFFF",
  "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
  "' OR '1'='1", "1'; DROP TABLE \"CaseEvent\"; --", "$1 $$ \\x00",
  // ("true" and "on" are left out: for a checkbox they are a valid answer.)
  "-1", "0", "1e309", "NaN", "[]", "{}", "null", "2026-02-30", "../../etc/passwd",
];

const ROLES = ["anonymous", DEMO.citizen, DEMO.desk, DEMO.pelaksana, DEMO.utama, DEMO.atasan, DEMO.admin] as const;
type Role = (typeof ROLES)[number];

let instance: Instance;
let server: ChildProcess | undefined;
let before: Record<string, number>;
const clients = new Map<Role, APIRequestContext>();
const problems: string[] = [];

test.describe.configure({ mode: "serial", timeout: 20 * 60_000 });

async function signedIn(role: Role): Promise<APIRequestContext> {
  if (role === "anonymous") return requestContext.newContext({ baseURL: instance.baseURL });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
  const page = await browser.newPage({ baseURL: instance.baseURL });
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(role);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL(/\/(akun|kantor)/);
  const state = await page.context().storageState();
  await browser.close();
  return requestContext.newContext({ baseURL: instance.baseURL, storageState: state });
}

async function check(what: string, send: () => Promise<APIResponse>): Promise<void> {
  let res: APIResponse;
  try {
    res = await send();
  } catch (error) {
    problems.push(`${what}: no answer (${String(error).slice(0, 120)})`);
    return;
  }
  const body = (await res.body().catch(() => Buffer.alloc(0))).toString("utf8");
  if (res.status() >= 500) problems.push(`${what}: ${res.status()} ${body.slice(0, 160)}`);
  else if (body.includes(GENERIC)) problems.push(`${what}: generic server error message`);
}

let address = 0;
/** Each request from another address: the per-address limits would otherwise answer 429 before the handler runs. */
function anotherAddress(): Record<string, string> {
  address += 1;
  return { "x-forwarded-for": `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` };
}

type Field = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * The body the React client sends for an action's (prevState, formData): the form's entries as
 * "_1_<name>", then "0", the arguments (React's reply encoding; the root must come last).
 */
function actionBody(fields: [string, Field][], root = '[null,"$K1"]'): FormData {
  const form = new FormData();
  for (const [k, v] of fields) {
    if (typeof v === "string") form.append(`_1_${k}`, v);
    else form.append(`_1_${k}`, new File([new Uint8Array(v.buffer)], v.name, { type: v.mimeType }));
  }
  form.append("0", root);
  return form;
}

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  instance = instanceFor(PORT, "hostile");
  await prepare(instance);
  // A first start does what every start does (provisional holiday years are filled in); only then count.
  await stop(await start(instance, PORT));
  before = await countEverything(instance);
  server = await start(instance, PORT);
  for (const role of ROLES) clients.set(role, await signedIn(role));
});

test.afterAll(async () => {
  for (const c of clients.values()) await c.dispose();
  if (server) await stop(server);
});

test("every route handler answers hostile paths, queries and bodies without a 5xx", async () => {
  const routes = routeHandlers();
  expect(routes.length).toBeGreaterThanOrEqual(18);
  const queryNames = ["q", "format", "tahun", "year", "status", "unit", "from", "to", "page", "t", "id", "kode", "nomor", "callbackUrl"];
  const random = fc.sample(fc.string({ unit: "binary", maxLength: 60 }), { numRuns: 4, seed: SEED });
  for (const role of ROLES) {
    const client = clients.get(role)!;
    for (const route of routes) {
      for (const value of [...BAD_VALUES.filter((v) => v.length < 5000), ...random]) {
        const url = urlFor(route.segments, () => value);
        const query = queryNames.map((n) => `${n}=${encodeURIComponent(value)}`).join("&");
        for (const method of route.methods) {
          const target = `${url}?${query}`;
          if (method === "GET") {
            await check(`${role} GET ${route.file} ${JSON.stringify(value.slice(0, 30))}`, () => client.get(target, { maxRedirects: 0, headers: anotherAddress() }));
          } else {
            await check(`${role} ${method} ${route.file} ${JSON.stringify(value.slice(0, 30))}`, () =>
              client.fetch(target, { method, maxRedirects: 0, headers: { "content-type": "application/json", origin: instance.baseURL, ...anotherAddress() }, data: value }),
            );
          }
        }
      }
      const url = urlFor(route.segments, () => "x");
      await check(`${role} repeated ${route.file}`, () => client.get(`${url}?q=a&q=b&format=csv&format=json`, { maxRedirects: 0 }));
      for (const method of route.methods.filter((m) => m !== "GET")) {
        await check(`${role} oversized ${method} ${route.file}`, () =>
          client.fetch(url, { method, maxRedirects: 0, headers: { "content-type": "application/json", origin: instance.baseURL }, data: "[" + "1,".repeat(200_000) + "1]" }),
        );
      }
    }
  }
  expect(problems).toEqual([]);
});

test("every server action refuses hostile forms and bodies without a 5xx or the generic error", async () => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(40);
  const fields = schemaFieldNames();
  // Random values in EVERY field: a form that leaves a field out may be a valid answer (an unticked box).
  const random = fc.sample(
    fc.array(fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 80 }), fc.constantFrom(...BAD_VALUES)), { minLength: fields.length, maxLength: fields.length }),
    { numRuns: 3, seed: SEED },
  );
  // Signing out would end the role's session for the rest of the run; it takes no input anyway.
  const targets = actions.filter((a) => !/signOut/i.test(a.name));
  const refusedByRole = /Anda tidak berwenang|Sesi Anda telah berakhir/;
  const full = new Set<string>();
  for (const role of ROLES) {
    const client = clients.get(role)!;
    for (const action of targets) {
      const page = urlFor(action.page, () => "x");
      const headers = { "next-action": action.id, origin: instance.baseURL, accept: "text/x-component" };
      const post = (multipart: FormData) => () => client.post(page, { headers: { ...headers, ...anotherAddress() }, multipart, maxRedirects: 0 });
      const label = `${role} ${action.name}`;
      // Every role: NUL in every field (which also tells whether the role may call the action at all),
      // a non-form body. (No empty form: for a settings checkbox, "nothing ticked" is a valid answer.)
      let refused = false;
      await check(`${label} NUL everywhere`, async () => {
        const res = await post(actionBody(fields.map((f) => [f, "a\u0000b"])))();
        refused = refusedByRole.test((await res.body()).toString("utf8"));
        return res;
      });
      await check(`${label} text/plain body`, () => client.post(page, { headers: { ...headers, ...anotherAddress(), "content-type": "text/plain;charset=UTF-8" }, data: "[]", maxRedirects: 0 }));
      // The first role the permission table lets through gets the whole list.
      if (refused || full.has(action.id)) continue;
      full.add(action.id);
      for (const value of BAD_VALUES) await check(`${label} all fields ${JSON.stringify(value.slice(0, 20))}`, post(actionBody(fields.map((f) => [f, value]))));
      for (const sample of random) await check(`${label} random`, post(actionBody(fields.map((f, i) => [f, sample[i]!]))));
      // Wrong types: a file in every field; repeated fields with different values.
      const file = { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ not a pdf\u0000") };
      await check(`${label} files everywhere`, post(actionBody(fields.map((f) => [f, file]))));
      await check(`${label} repeated fields`, post(actionBody(fields.flatMap((f) => [[f, "a"], [f, "b"]] as [string, Field][]))));
      await check(`${label} repeated`, () =>
        client.post(page, {
          headers: { ...headers, ...anotherAddress(), "content-type": "application/x-www-form-urlencoded" },
          data: new URLSearchParams([...fields.flatMap((f) => [[`_1_${f}`, "a"], [`_1_${f}`, "<b>"]]), ["0", '[null,"$K1"]']]).toString(),
          maxRedirects: 0,
        }),
      );
      // Argument shapes the client never sends, and bodies that are not form data.
      for (const root of ['["$K1"]', "[1,2,3]", '{"a":"$K9"}', '"$Q1"', "[", ""]) await check(`${label} root ${root}`, post(actionBody([], root)));
      for (const [type, data] of [["application/json", '{"a":1}'], ["application/octet-stream", "\u0000\u0001\u0002"], ["text/plain", "[" + "null,".repeat(3000) + "null]"]] as const) {
        await check(`${label} ${type} body`, () => client.post(page, { headers: { ...headers, ...anotherAddress(), "content-type": type }, data, maxRedirects: 0 }));
      }
    }
  }
  // Every action met the whole list as some role (those refusing every role are public-less and staff-less: none).
  expect(targets.filter((a) => !full.has(a.id)).map((a) => a.name)).toEqual([]);
  // A body over the limit is refused before any action runs, with 413.
  const big = await clients.get("anonymous")!.post("/masuk", {
    headers: { "next-action": targets[0]!.id, origin: instance.baseURL },
    multipart: actionBody([["file", { name: "besar.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(7 * 1024 * 1024, 0x25) }]]),
    maxRedirects: 0,
  });
  expect(big.status()).toBe(413);
  expect(problems).toEqual([]);
});

test("nothing was stored: every table and the upload folder hold what they held before", async () => {
  for (const c of clients.values()) await c.dispose();
  clients.clear();
  await stop(server!);
  server = undefined;
  expect(await countEverything(instance)).toEqual(before);
});
