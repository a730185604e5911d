// The embedded database's own thread: runs PGlite in a worker_thread (started by
// scripts/pglite-worker.mjs) and serves PostgreSQL's wire protocol on a Unix socket, so a slow
// statement blocks this thread, not the app's event loop, and the app talks to it with `pg` like
// to a PostgreSQL server.
//
// PGlite is ONE session: connections take turns. A connection keeps its turn from its first
// message until it is answered ReadyForQuery outside a transaction (after a Sync or a simple Query),
// so nothing lands inside another connection's transaction or between its Parse and Sync. A
// connection lost while it has the turn is brought back to a clean session (Sync, ROLLBACK).
// The startup handshake is answered here (no authentication: the socket's folder is private).
import net from "node:net";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const { dataDir, socketPath, options } = workerData;
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

const db = new PGlite({ ...options, dataDir: dataDir ?? undefined });
const connections = new Set();
const waiting = []; // connections with messages, waiting for the turn
let owner = null; // the connection whose messages PGlite runs now
let pumping = false;
let parameters = [];

function message(type, body) {
  const out = Buffer.alloc(5 + body.length);
  out.write(type, 0, "latin1");
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}

function int32(value) {
  const out = Buffer.alloc(4);
  out.writeInt32BE(value);
  return out;
}

function handshake(conn) {
  const parts = [message("R", int32(0))]; // AuthenticationOk
  for (const [name, value] of parameters) parts.push(message("S", Buffer.from(`${name}\0${value}\0`)));
  parts.push(message("K", Buffer.concat([int32(process.pid), int32(conn.id)])));
  parts.push(message("Z", Buffer.from("I")));
  conn.socket.write(Buffer.concat(parts));
}

/** Splits the bytes received so far into whole messages (startup ones have no type byte). */
function receive(conn, chunk) {
  conn.buffer = conn.buffer.length ? Buffer.concat([conn.buffer, chunk]) : chunk;
  for (;;) {
    const typed = conn.started ? 1 : 0;
    if (conn.buffer.length < typed + 4) return;
    const size = typed + conn.buffer.readInt32BE(typed);
    if (conn.buffer.length < size) return;
    const msg = conn.buffer.subarray(0, size);
    conn.buffer = conn.buffer.subarray(size);
    if (conn.started) {
      if (msg[0] === TERMINATE) return void conn.socket.end();
      conn.queue.push(msg);
      continue;
    }
    const code = msg.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSS_REQUEST) conn.socket.write("N");
    else if (code === PROTOCOL_3) {
      conn.started = true;
      handshake(conn);
    } else return void conn.socket.destroy(); // cancel requests and old protocols: not served
  }
}

function askTurn(conn) {
  if (conn.closed || conn.queue.length === 0 || owner === conn || waiting.includes(conn)) return;
  waiting.push(conn);
}

function nextOwner() {
  owner = null;
  while (waiting.length && !owner) {
    const conn = waiting.shift();
    if (!conn.closed && conn.queue.length) owner = conn;
  }
}

/** Runs messages in PGlite; its answer goes to `conn` (none: dropped) as it is produced. */
async function run(bytes, conn = null) {
  await db.execProtocolRawStream(bytes, {
    // The data is a view into PGlite's memory that the next answer overwrites: the socket must
    // get its own copy (a large answer is still queued in the socket when the next one is made).
    onRawData: (data) => {
      if (conn && !conn.closed) conn.socket.write(Buffer.from(data));
    },
  });
}

/** A connection gone while it had the turn leaves no half-done statement or transaction behind. */
async function abandon(conn) {
  if (conn.lastType !== SYNC && conn.lastType !== QUERY) await run(message("S", Buffer.alloc(0)));
  if (db.isInTransaction()) await run(message("Q", Buffer.from("ROLLBACK\0")));
}

async function pump() {
  if (pumping) return;
  pumping = true;
  try {
    if (!owner) nextOwner();
    while (owner) {
      const conn = owner;
      if (conn.closed) {
        await abandon(conn).catch((error) => console.error("[pglite] rollback of a lost connection failed", error));
        nextOwner();
        continue;
      }
      if (conn.queue.length === 0) break; // keeps the turn: more of its statement is coming
      // The messages up to the first Sync or Query go together (one call into PGlite).
      let end = conn.queue.findIndex((m) => m[0] === SYNC || m[0] === QUERY);
      end = end === -1 ? conn.queue.length : end + 1;
      const batch = conn.queue.splice(0, end);
      conn.lastType = batch.at(-1)[0];
      await run(batch.length === 1 ? batch[0] : Buffer.concat(batch), conn);
      const answered = conn.lastType === SYNC || conn.lastType === QUERY;
      if (answered && !db.isInTransaction()) {
        askTurn(conn); // its further messages wait behind the others
        nextOwner();
      }
    }
  } finally {
    pumping = false;
  }
}

let nextId = 1;
function serve(socket) {
  const conn = { id: nextId++, socket, buffer: Buffer.alloc(0), started: false, queue: [], closed: false, lastType: SYNC };
  connections.add(conn);
  socket.on("data", (chunk) => {
    try {
      receive(conn, chunk);
    } catch (error) {
      console.error("[pglite] bad message", error);
      socket.destroy();
    }
    if (conn.queue.length) {
      if (!owner) owner = conn;
      else askTurn(conn);
      void pump();
    }
  });
  socket.on("error", () => {});
  socket.on("close", () => {
    conn.closed = true;
    connections.delete(conn);
    if (owner === conn) void pump();
  });
}

const server = net.createServer(serve);

async function close() {
  server.close();
  for (const conn of connections) conn.socket.destroy();
  while (pumping) await new Promise((resolve) => setTimeout(resolve, 5));
  if (owner) await abandon(owner).catch(() => {});
  if (!db.closed) await db.close();
}

parentPort.on("message", (msg) => {
  if (msg?.type !== "close") return;
  close().then(
    () => parentPort.postMessage({ type: "closed" }),
    (error) => parentPort.postMessage({ type: "closed", error: String(error?.stack ?? error) }),
  ).finally(() => process.exit(0));
});

try {
  await db.waitReady;
  const names = ["server_version", "server_encoding", "client_encoding", "DateStyle", "IntervalStyle", "TimeZone", "integer_datetimes", "standard_conforming_strings"];
  const { rows } = await db.query(`SELECT ${names.map((n, i) => `current_setting('${n}') AS s${i}`).join(", ")}`, [], { rowMode: "array" });
  parameters = names.map((name, i) => [name, rows[0][i]]);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, resolve);
  });
  parentPort.postMessage({ type: "ready" });
} catch (error) {
  parentPort.postMessage({ type: "error", message: String(error?.stack ?? error) });
  process.exit(1);
}
