// The SMTP receiver of the e2e server (scripts/serve-e2e.mjs): a real SMTP server on 127.0.0.1 and
// a random port; each message the portal sends is parsed (mailparser) and written as JSON into a
// folder the Playwright specs read (tests/e2e/mailbox.ts). Two test domains stand for a broken
// mail server: @tunda.e2e is always refused for now (451: the sender retries later) and
// @ditolak.e2e refused for good (550) until a spec writes the file `terima-ditolak` into the folder
// (the address was corrected), so Kotak keluar can show waiting, failed and a resend that arrives.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startE2eMailbox(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (to.endsWith("@tunda.e2e")) return callback(Object.assign(new Error("Kotak surat sementara penuh"), { responseCode: 451 }));
      if (to.endsWith("@ditolak.e2e") && !existsSync(path.join(dir, "terima-ditolak"))) {
        return callback(Object.assign(new Error("Alamat tidak dikenal"), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          count += 1;
          const record = {
            messageId: mail.messageId ?? null,
            to: (Array.isArray(mail.to) ? mail.to : [mail.to]).filter(Boolean).map((a) => a.text),
            from: mail.from?.text ?? null,
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? null,
              contentType: a.contentType,
              size: a.size,
              isPdf: a.content.subarray(0, 5).toString() === "%PDF-",
            })),
          };
          writeFileSync(path.join(dir, `${String(count).padStart(5, "0")}.json`), JSON.stringify(record, null, 2));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
