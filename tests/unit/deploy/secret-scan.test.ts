// The scanner behind `npm run check:deploy` (scripts/lib/secret-scan.ts): a secret planted anywhere
// a host would upload it is found and named by its variable, never printed; a clean output passes.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redact, scanForSecrets, type Secret } from '@/scripts/lib/secret-scan';

// Made at run time: a literal of this shape would (rightly) fail `npm run scan:secrets`.
const CLIENT_SECRET = { name: 'CTP_CLIENT_SECRET', value: randomBytes(24).toString('base64url') };
const SESSION_SECRET = { name: 'SESSION_SECRET', value: 'session-8Hn2Kx7Qw4Rt9Lm3Vb6Pz1Yc5Jg0Fd-Ts' };
const SECRETS: Secret[] = [CLIENT_SECRET, SESSION_SECRET];

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'secret-scan-test-'));
  mkdirSync(join(root, 'output', 'functions', 'page.func'), { recursive: true });
  mkdirSync(join(root, 'output', 'static', '_next'), { recursive: true });
  writeFileSync(join(root, 'output', 'static', '_next', 'app.js'), 'console.log("clean bundle")');
  writeFileSync(join(root, 'output', 'functions', 'page.func', 'index.js'), 'module.exports = () => process.env.CTP_CLIENT_SECRET;');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const scan = (extra: Partial<Parameters<typeof scanForSecrets>[0]> = {}) =>
  scanForSecrets({ roots: [join(root, 'output')], secrets: SECRETS, displayRoot: root, ...extra });

/** A one-entry zip written the way zip tools do: deflated, with a central directory. */
function zipOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const packed = deflateRawSync(data);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const centralAt = local.length + fileName.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, fileName, packed, central, fileName, end]);
}

describe('scanForSecrets', () => {
  it('passes an output that holds no secret value (a variable NAME is not a leak)', () => {
    const result = scan();
    expect(result.findings).toEqual([]);
    expect(result.files).toBe(2);
  });

  it('finds a value planted in a nested function file and names the file and the variable', () => {
    writeFileSync(join(root, 'output', 'functions', 'page.func', 'chunk.js'), `const s="${SESSION_SECRET.value}";`);
    expect(scan().findings).toEqual([{ file: join('output', 'functions', 'page.func', 'chunk.js'), secret: 'SESSION_SECRET' }]);
  });

  it('finds a value in a static file, URL-encoded or JSON-escaped', () => {
    const password = { name: 'REDIS_PASSWORD', value: 'p@ss/word+with"quotes"-0123' };
    writeFileSync(join(root, 'output', 'static', 'a.html'), `<a href="?r=${encodeURIComponent(password.value)}">`);
    writeFileSync(join(root, 'output', 'static', 'b.json'), JSON.stringify({ url: password.value }));
    expect(scan({ secrets: [password] }).findings.map((f) => f.file)).toEqual([join('output', 'static', 'a.html'), join('output', 'static', 'b.json')]);
  });

  it('finds a value inside a deflated zip (Netlify ships functions zipped)', () => {
    writeFileSync(join(root, 'output', 'functions', 'handler.zip'), zipOf('server/app.js', `x="${CLIENT_SECRET.value}"`));
    expect(scan().findings).toEqual([{ file: `${join('output', 'functions', 'handler.zip')}!/server/app.js`, secret: 'CTP_CLIENT_SECRET' }]);
  });

  it('follows symlinks and scans extra files outside the roots (Vercel filePathMap)', () => {
    mkdirSync(join(root, 'project', '.next', 'server'), { recursive: true });
    writeFileSync(join(root, 'project', '.next', 'server', 'page.js'), CLIENT_SECRET.value);
    symlinkSync(join(root, 'project', '.next'), join(root, 'output', 'functions', 'linked'));
    writeFileSync(join(root, 'project', 'traced.js'), SESSION_SECRET.value);
    const result = scan({ extraFiles: [join(root, 'project', 'traced.js')] });
    expect(result.findings).toEqual([
      { file: join('output', 'functions', 'linked', 'server', 'page.js'), secret: 'CTP_CLIENT_SECRET' },
      { file: join('project', 'traced.js'), secret: 'SESSION_SECRET' },
    ]);
  });

  it('never puts a value into what it reports', () => {
    writeFileSync(join(root, 'output', 'static', 'leak.js'), SECRETS.map((s) => s.value).join('\n'));
    const report = JSON.stringify(scan());
    for (const secret of SECRETS) expect(report).not.toContain(secret.value);
    expect(scan().findings.map((f) => f.secret).sort()).toEqual(['CTP_CLIENT_SECRET', 'SESSION_SECRET']);
  });

  it('refuses a missing root and a value too short to search for', () => {
    expect(() => scan({ roots: [join(root, 'nothing-here')] })).toThrow(/does not exist/);
    expect(() => scan({ secrets: [{ name: 'SHORT', value: 'abc' }] })).toThrow(/SHORT is shorter/);
  });
});

describe('redact', () => {
  it('replaces every value (and its URL-encoded form) with the name', () => {
    const password = { name: 'SMTP_PASSWORD', value: 'smtp pass/123456' };
    const text = `smtps://u:${encodeURIComponent(password.value)}@host and ${password.value}`;
    expect(redact(text, [password])).toBe('smtps://u:[SMTP_PASSWORD]@host and [SMTP_PASSWORD]');
  });
});
