import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server in the test process (127.0.0.1, random port): what the portal sends is parsed
// with mailparser and kept in order. `refuse` makes it answer 451 to every message; recipients
// matching `rejectRecipient` get 550 (no such mailbox) at RCPT TO.

export type SmtpReceiver = {
  url: string;
  port: number;
  messages: ParsedMail[];
  refuse: boolean;
  rejectRecipient: RegExp | null;
  /** Milliseconds the server takes to accept each message (a slow server for crash tests). */
  delayMs: number;
  /** Resolves once `count` messages have arrived (or rejects after `ms`). */
  waitFor: (count: number, ms?: number) => Promise<ParsedMail[]>;
  clear: () => void;
  close: () => Promise<void>;
};

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ParsedMail[] = [];
  const state = { refuse: false, delayMs: 0, rejectRecipient: null as RegExp | null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.rejectRecipient?.test(address.address)) return callback(Object.assign(new Error("Mailbox tidak dikenal"), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (state.refuse) {
            const error = Object.assign(new Error("Mailbox sementara tidak tersedia"), { responseCode: 451 });
            return callback(error);
          }
          setTimeout(() => {
            messages.push(mail);
            callback();
          }, state.delayMs);
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    get refuse() {
      return state.refuse;
    },
    set refuse(value: boolean) {
      state.refuse = value;
    },
    get rejectRecipient() {
      return state.rejectRecipient;
    },
    set rejectRecipient(value: RegExp | null) {
      state.rejectRecipient = value;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(value: number) {
      state.delayMs = value;
    },
    async waitFor(count, ms = 20_000) {
      const end = Date.now() + ms;
      while (messages.length < count) {
        if (Date.now() > end) throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages;
    },
    clear: () => void messages.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
