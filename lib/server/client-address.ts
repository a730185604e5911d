import http from "node:http";

// Which address a request comes from, for the per-address limits (lib/server/rate-limit.ts).
//
// `next start` (Next 16, base-server.js) fills X-Forwarded-For with the socket's address only when
// the request has none (`??=`): a header the client sent itself is passed on as it came, and the
// socket's address is then nowhere in the request. So the portal records the socket's address itself
// (PEER_HEADER, set in the server process by installPeerAddressHeader, from instrumentation.ts) and
// trusts X-Forwarded-For only as far as PPID_TRUSTED_PROXIES says: each trusted reverse proxy appends
// the address it received the connection from, so with N proxies the client is the N-th entry from
// the end of [X-Forwarded-For…, socket]. Anything further left was written by the client.

/** Set on every request by the server process from the socket; a value the client sends is replaced. */
export const PEER_HEADER = "x-ppid-peer";

const state = globalThis as unknown as { ppidPeerHeader?: boolean };

/** Records the socket's address of every HTTP request into PEER_HEADER before Next sees the request. */
export function installPeerAddressHeader(): void {
  if (state.ppidPeerHeader) return;
  state.ppidPeerHeader = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return (/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1] ?? trimmed).slice(0, 64);
}

/**
 * The client's address, given the socket's address (PEER_HEADER; null when the server process did not
 * record it), X-Forwarded-For and the number of reverse proxies in front that are trusted.
 *
 * - 0 proxies: the socket's address; X-Forwarded-For is ignored (a client can write anything there).
 * - N proxies: the N-th entry from the end of [X-Forwarded-For…, socket]; with fewer entries the first.
 *
 * Without the socket's address (a server not started through the portal's instrumentation) the last
 * X-Forwarded-For entry stands for it: that is the socket's address exactly when the client sent none.
 */
export function clientAddressFrom(input: { peer: string | null; forwardedFor: string | null; trustedProxies: number }): string {
  const forwarded = (input.forwardedFor ?? "").split(",").map(normalize).filter(Boolean);
  const peer = input.peer?.trim() ? normalize(input.peer) : forwarded.pop();
  if (peer === undefined) return "unknown";
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - input.trustedProxies)];
}
