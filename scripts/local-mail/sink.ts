// The local mail sink: a real SMTP server (smtp-server) on loopback that keeps every message in
// memory, and a small local-only web page listing them, so a developer reads the password-reset and
// order mails of `npm run demo` / `npm run dev`, and tests read them over HTTP (tests/harness/mail.ts).
// Started with the local commercetools backend (scripts/storefront-backend.ts); nothing leaves the
// machine. Self-contained: imports no product code.
import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const HOST = '127.0.0.1';
/** Enough for any demo session or test run; the oldest go first. */
const MAX_MESSAGES = 500;

export type LocalMail = { id: number; to: string[]; from: string; subject: string; text: string; html: string; receivedAt: string };

export type LocalMailSink = {
  /** `smtp://127.0.0.1:{port}`: the app's SMTP_URL. */
  smtpUrl: string;
  /** The page listing the mails; `/messages.json` is the same as JSON. */
  webUrl: string;
  messages(): LocalMail[];
  close(): Promise<void>;
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function addresses(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((entry: { value?: Array<{ address?: string }> }) => (entry.value ?? []).map((a) => a.address ?? '')).filter(Boolean);
}

function page(mails: LocalMail[]): string {
  const items = [...mails]
    .reverse()
    .map(
      (m) =>
        `<article style="border-top:1px solid #ccc;padding:12px 0"><h2 style="font-size:16px;margin:0">${escapeHtml(m.subject)}</h2>` +
        `<p style="color:#555;margin:4px 0">to ${escapeHtml(m.to.join(', '))} · ${escapeHtml(m.receivedAt)}</p>` +
        `<pre style="white-space:pre-wrap">${escapeHtml(m.text)}</pre></article>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local mail</title></head><body style="font-family:system-ui,sans-serif;max-width:760px;margin:24px auto"><h1>Local mail (${mails.length})</h1>${items || '<p>No mail yet.</p>'}</body></html>`;
}

/** Starts a server on loopback and answers its port. */
function listening(server: Server, listen: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => resolve((server.address() as AddressInfo).port));
    listen();
  });
}

export async function startMailSink(options: { smtpPort?: number; webPort?: number } = {}): Promise<LocalMailSink> {
  const mails: LocalMail[] = [];
  let nextId = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'local mail sink',
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            id: nextId++,
            to: addresses(parsed.to),
            from: addresses(parsed.from)[0] ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            receivedAt: new Date().toISOString(),
          });
          if (mails.length > MAX_MESSAGES) mails.shift();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const web = createServer((req, res) => {
    // Local only: another Host (a DNS-rebinding page in the developer's browser) reads nothing.
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? '')) {
      res.writeHead(403).end();
      return;
    }
    const json = req.url === '/messages.json';
    res.writeHead(req.url === '/' || json ? 200 : 404, {
      'content-type': json ? 'application/json' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Mail bodies are shown as escaped text; nothing on the page may run or load.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    res.end(json ? JSON.stringify(mails) : page(mails));
  });
  const smtpPort = await listening(smtp.server, () => smtp.listen(options.smtpPort ?? 0, HOST));
  const webPort = await listening(web, () => web.listen(options.webPort ?? 0, HOST));
  return {
    smtpUrl: `smtp://${HOST}:${smtpPort}`,
    webUrl: `http://${HOST}:${webPort}/`,
    messages: () => [...mails],
    close: async () => {
      await Promise.all([new Promise<void>((resolve) => smtp.close(() => resolve())), new Promise<void>((resolve) => web.close(() => resolve()))]);
    },
  };
}
