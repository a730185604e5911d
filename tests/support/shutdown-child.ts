// A child process for tests/integration/graceful-shutdown.test.ts: it installs the graceful shutdown
// with a stop() that takes STOP_MS (never ends when "hang"), then behaves as `next start` does on a
// signal: closes its HTTP server after the request in flight, then calls process.exit(143).
// closeLast() reports whether the HTTP server was already closed.
import http from "node:http";
import { installGracefulShutdown } from "@/lib/server/graceful-shutdown";

const stopMs = process.env.STOP_MS ?? "0";
let jobDone = false;
installGracefulShutdown({
  boundSeconds: Number(process.env.BOUND_SECONDS ?? 10),
  stop: () =>
    stopMs === "hang"
      ? new Promise<void>(() => {})
      : new Promise<void>((resolve) =>
          setTimeout(() => {
            jobDone = true;
            console.log("job finished");
            resolve();
          }, Number(stopMs)),
        ),
  closeLast: async () => {
    console.log(`database closed, server listening: ${server.listening}`);
  },
  log: (m) => console.log(m),
});

const server = http.createServer((_req, res) => setTimeout(() => res.end(`slow answer, job done: ${jobDone}`), 300));
process.on("SIGTERM", () => server.close(() => process.exit(143)));
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
