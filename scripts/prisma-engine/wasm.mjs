// Loads @prisma/schema-engine-wasm (the WebAssembly build of Prisma's schema engine) by hand:
// Node 20 cannot `import` a .wasm file, so the module is instantiated with the package's JS glue
// (schema_engine_bg.js) as its import object.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let loaded;
let panicMessage = null;

// The wasm engine reports a Rust panic here before it traps (RuntimeError: unreachable); without
// this registry the glue itself fails with "Cannot read properties of undefined (reading
// 'set_message')" and the panic message is lost.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    panicMessage = message;
  },
};

/** The message of the last panic, once (null if none). */
export function takePanicMessage() {
  const message = panicMessage;
  panicMessage = null;
  return message;
}

/** @returns {Promise<typeof import("@prisma/schema-engine-wasm")>} */
export function loadSchemaEngineWasm() {
  loaded ??= (async () => {
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await fs.promises.readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": runtime });
    runtime.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return runtime;
  })();
  return loaded;
}

/** Engine build hash, e.g. "0edf323e…" (the part after the last dot of the package version). */
export function engineHash() {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  return pkg.version.split(".").pop();
}
