// The cached catalog page's script rule (lib/security/hashed-scripts.ts): exactly the scripts Next
// rendered with the render's nonce become runnable under the page's hashes; nothing else does.
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/headers';
import { hashRenderedScripts, sha256Source } from '@/lib/security/hashed-scripts';

const NONCE = 'cmVuZGVyLW5vbmNl';
const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const render = [
  '<!DOCTYPE html><html><head>',
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js" nonce="${NONCE}"/>`,
  `<link rel="stylesheet" href="/_next/static/css/app.css" nonce="${NONCE}"/>`,
  `<script src="/_next/static/chunks/a.js" async="" nonce="${NONCE}"></script>`,
  `<script src="/_next/static/chunks/b.js?x=1&amp;y=2" async="" nonce="${NONCE}"></script>`,
  '</head><body><h1>Linen shirt</h1>',
  `<script type="application/ld+json" nonce="${NONCE}">{"@type":"Product"}</script>`,
  `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script nonce="${NONCE}">self.__next_f.push([1,"payload"])</script>`,
  '<script>alert("injected, no nonce")</script>',
  '<script nonce="guessed">alert("injected, wrong nonce")</script>',
  '</body></html>',
].join('');

describe('hashRenderedScripts', () => {
  const page = hashRenderedScripts(render, NONCE);

  it('hashes each nonce-marked inline script exactly as written, and keeps it', () => {
    expect(page.hashes).toContain(sha('(self.__next_f=self.__next_f||[]).push([0])'));
    expect(page.hashes).toContain(sha('self.__next_f.push([1,"payload"])'));
    expect(page.html).toContain('<script>self.__next_f.push([1,"payload"])</script>');
  });

  it('never hashes a script that lacks the render nonce, and leaves it for the CSP to block', () => {
    expect(page.hashes).not.toContain(sha('alert("injected, no nonce")'));
    expect(page.hashes).not.toContain(sha('alert("injected, wrong nonce")'));
    expect(page.html).toContain('<script>alert("injected, no nonce")</script>');
  });

  it('removes the nonce from the cached HTML and names no nonce in the CSP', () => {
    expect(page.html).not.toContain(`nonce="${NONCE}"`);
    const scriptSrc = contentSecurityPolicy({ scripts: { hashes: page.hashes }, production: true, https: true })
      .split('; ')
      .find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('nonce-');
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain("'strict-dynamic'");
    for (const hash of page.hashes) expect(scriptSrc).toContain(`'${hash}'`);
  });

  it('re-creates the external scripts from one hashed loader, in order, with decoded attributes', () => {
    expect(page.html).not.toContain('<script src=');
    const loader = /<script>(\(function\(l\)[\s\S]*?)<\/script>/.exec(page.html)![1]!;
    expect(page.hashes).toContain(sha256Source(loader));
    expect(loader.indexOf('/_next/static/chunks/a.js')).toBeLessThan(loader.indexOf('/_next/static/chunks/b.js?x=1&y=2'));
    expect(loader).not.toContain(NONCE);
    // The loader sits where the first external script was: in the head, before the content.
    expect(page.html.indexOf('(function(l)')).toBeLessThan(page.html.indexOf('<h1>'));
  });

  it('starts the scripts, in order, only after the first frame has painted (at once in a hidden tab)', () => {
    const loader = /<script>(\(function\(l\)[\s\S]*?)<\/script>/.exec(page.html)![1]!;
    const run = (visibilityState: 'visible' | 'hidden') => {
      const appended: string[] = [];
      const frames: Array<() => void> = [];
      const tasks: Array<() => void> = [];
      const element = () => {
        const attributes: Record<string, string> = {};
        return { attributes, setAttribute: (name: string, value: string) => (attributes[name] = value) };
      };
      const document = { visibilityState, createElement: element, head: { appendChild: (s: ReturnType<typeof element>) => appended.push(s.attributes.src!) } };
      const window = { requestAnimationFrame: (callback: () => void) => frames.push(callback) };
      runInNewContext(loader, { document, window, requestAnimationFrame: window.requestAnimationFrame, setTimeout: (callback: () => void) => tasks.push(callback) });
      return { appended, frames, tasks };
    };
    const visible = run('visible');
    expect(visible.appended).toEqual([]); // nothing before the frame
    visible.frames.splice(0).forEach((frame) => frame());
    expect(visible.appended).toEqual([]); // nor in the frame, before its paint
    visible.tasks.splice(0).forEach((task) => task());
    expect(visible.appended).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?x=1&y=2']);
    expect(run('hidden').appended).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?x=1&y=2']);
  });

  it('drops script preloads (they would need the nonce) and keeps other links without it', () => {
    expect(page.html).not.toContain('rel="preload" as="script"');
    expect(page.html).toContain('<link rel="stylesheet" href="/_next/static/css/app.css"/>');
  });

  it('keeps data blocks without a hash: they never run', () => {
    expect(page.html).toContain('<script type="application/ld+json">{"@type":"Product"}</script>');
    expect(page.hashes).not.toContain(sha('{"@type":"Product"}'));
  });

  it('escapes `<` in the loader so no attribute value can close the element', () => {
    const hostile = `<script src="/x.js" data-x="&lt;/script&gt;&lt;script&gt;alert(1)" nonce="${NONCE}"></script>`;
    const { html } = hashRenderedScripts(`<head>${hostile}</head>`, NONCE);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>');
  });

  it('refuses a render with no nonce-marked script (nothing could run: not cacheable)', () => {
    expect(() => hashRenderedScripts('<html><script>x()</script></html>', NONCE)).toThrow();
    expect(() => hashRenderedScripts(render, '')).toThrow();
  });
});
