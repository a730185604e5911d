import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, installPeerAddressHeader, PEER_HEADER } from "@/lib/server/client-address";
import { parseEnv } from "@/lib/server/env-schema";

// What reaches the app under `next start` (Next 16 base-server.js: X-Forwarded-For ??= socket address):
// - no header from the client: X-Forwarded-For = the socket's address;
// - a header from the client: X-Forwarded-For = that header, unchanged.
const at = (peer: string | null, forwardedFor: string | null, trustedProxies: number) => clientAddressFrom({ peer, forwardedFor, trustedProxies });

describe("clientAddressFrom", () => {
  it("with no trusted proxy, the socket's address counts and a forged X-Forwarded-For does not", () => {
    expect(at("203.0.113.7", "203.0.113.7", 0)).toBe("203.0.113.7"); // the client sent none: Next copied the socket
    expect(at("203.0.113.7", "10.9.9.9", 0)).toBe("203.0.113.7");
    expect(at("203.0.113.7", "1.1.1.1, 2.2.2.2", 0)).toBe("203.0.113.7");
  });

  it("behind one proxy, the address that proxy appended counts; what the client wrote before it does not", () => {
    // nginx $proxy_add_x_forwarded_for: "<client's own header>, <client's socket>"; the socket here is nginx.
    expect(at("127.0.0.1", "198.51.100.4", 1)).toBe("198.51.100.4");
    expect(at("127.0.0.1", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
  });

  it("behind two proxies, the entry the outer proxy appended counts", () => {
    expect(at("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.1", 2)).toBe("198.51.100.4");
    // The same request believed through one proxy only: the inner proxy's view (the outer proxy) counts.
    expect(at("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.1", 1)).toBe("10.0.0.1");
  });

  it("with more trusted proxies than entries, the furthest entry counts", () => {
    expect(at("127.0.0.1", "198.51.100.4", 3)).toBe("198.51.100.4");
    expect(at("127.0.0.1", null, 2)).toBe("127.0.0.1");
  });

  it("without the recorded socket address, the last X-Forwarded-For entry stands for the socket", () => {
    expect(at(null, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(at(null, "6.6.6.6, 198.51.100.4", 1)).toBe("6.6.6.6");
    expect(at(null, null, 0)).toBe("unknown");
    expect(at("", " , ", 1)).toBe("unknown");
  });

  it("reads an IPv4 client on a dual-stack socket as its IPv4 address and trims the entries", () => {
    expect(at("::ffff:127.0.0.1", null, 0)).toBe("127.0.0.1");
    expect(at("::ffff:127.0.0.1", " 198.51.100.4 ,::ffff:10.0.0.1", 2)).toBe("198.51.100.4");
    expect(at("2001:db8::1", "2001:db8::1", 0)).toBe("2001:db8::1");
    expect(at("x".repeat(500), null, 0)).toHaveLength(64);
  });
});

describe("installPeerAddressHeader", () => {
  it("puts the socket's address on each request, replacing a value the client sent", async () => {
    installPeerAddressHeader();
    const seen: (string | string[] | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers[PEER_HEADER]);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" } });
    } finally {
      server.close();
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});

describe("PPID_TRUSTED_PROXIES", () => {
  it("defaults to 0 and takes a whole number of proxies", () => {
    expect(parseEnv({}).PPID_TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ PPID_TRUSTED_PROXIES: "2" }).PPID_TRUSTED_PROXIES).toBe(2);
    expect(() => parseEnv({ PPID_TRUSTED_PROXIES: "ya" })).toThrow(/PPID_TRUSTED_PROXIES harus bilangan bulat 0 atau lebih/);
    expect(() => parseEnv({ PPID_TRUSTED_PROXIES: "-1" })).toThrow(/PPID_TRUSTED_PROXIES/);
  });
});
