// Turns one per-request render of a catalog page into HTML that any cache may keep, under a CSP that
// stays as strict as the nonce one: exactly the scripts Next rendered may run, nothing else.
//
// The render carried a fresh nonce (proxy.ts). Only elements carrying THAT nonce are Next's own:
// text from the catalog is escaped by React and cannot know it. For each of them:
// - an inline script keeps its text, loses the nonce, and its SHA-256 goes into the page's CSP;
// - a data block (JSON-LD) loses the nonce (it never runs, so it needs no hash);
// - an external script (`<script src>`) is removed and re-created by one hashed inline loader, after
//   the first paint: a parser-inserted external script would need its own nonce, while one created by
//   a hashed script is trusted through 'strict-dynamic' in every CSP3 browser (external-script hashes
//   are not);
// - a script preload is removed (under 'strict-dynamic' it would need the nonce; the loader starts
//   the same downloads in the head).
// Anything else that looks like a script (it could only come from an injection) is left untouched
// and blocked by the CSP, which names no nonce at all. docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md
import { createHash } from 'node:crypto';

export type HashedPage = {
  html: string;
  /** CSP hash sources without quotes: `sha256-…`. */
  hashes: string[];
};

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK_ELEMENT = /<link\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** `type` values that make a script element run as JavaScript (HTML "classic" or "module"). */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

type Attributes = Array<[name: string, value: string]>;

function parseAttributes(source: string): Attributes {
  const attributes: Attributes = [];
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.push([match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')]);
  }
  return attributes;
}

/** React escapes &, <, >, " and ' in attribute values; a URL may contain an escaped `&`. */
function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function withoutNonce(tagSource: string): string {
  return tagSource.replace(/\snonce\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/i, '');
}

export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The inline script that re-creates Next's external scripts, in document order, with their attributes,
 * once the page has painted: the stylesheets, the font and the LCP image get a phone's bandwidth first,
 * and hydration follows (a frame, then a task). A hidden page (a background tab) paints no frame, so
 * it starts them at once. docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md
 */
function loaderScript(scripts: Attributes[]): string {
  // JSON in a script: escape `<` so no value can close the element.
  const list = JSON.stringify(scripts.map((attributes) => Object.fromEntries(attributes))).replace(/</g, '\\u003c');
  return (
    `(function(l){var d=0;function go(){if(d)return;d=1;for(var i=0;i<l.length;i++){var s=document.createElement("script"),a=l[i];for(var k in a)s.setAttribute(k,a[k]);document.head.appendChild(s)}}` +
    `if(document.visibilityState==="hidden"||!window.requestAnimationFrame)go();else requestAnimationFrame(function(){setTimeout(go,0)})})(${list})`
  );
}

/**
 * The page with every script Next rendered (marked by `nonce`) made hash-verifiable, and the hashes.
 * Throws when the render shows no trace of the nonce: such a page cannot be cached safely.
 */
export function hashRenderedScripts(html: string, nonce: string): HashedPage {
  if (!nonce || !html.includes(`nonce="${nonce}"`)) throw new Error('render carries no nonce-marked script');
  const hashes = new Set<string>();
  const external: Attributes[] = [];

  let out = html.replace(SCRIPT_ELEMENT, (element: string, attributeSource: string, text: string) => {
    const attributes = parseAttributes(attributeSource);
    const marked = attributes.some(([name, value]) => name === 'nonce' && value === nonce);
    if (!marked) return element;
    const type = (attributes.find(([name]) => name === 'type')?.[1] ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(type)) return withoutNonce(`<script${attributeSource}>`) + `${text}</script>`;
    if (attributes.some(([name]) => name === 'src')) {
      external.push(attributes.filter(([name]) => name !== 'nonce'));
      return '<!--storefront:script-loader-->';
    }
    hashes.add(sha256Source(text));
    return withoutNonce(`<script${attributeSource}>`) + `${text}</script>`;
  });

  out = out.replace(LINK_ELEMENT, (element: string, attributeSource: string) => {
    const attributes = parseAttributes(attributeSource);
    const marked = attributes.some(([name, value]) => name === 'nonce' && value === nonce);
    if (!marked) return element;
    const rel = attributes.find(([name]) => name === 'rel')?.[1]?.toLowerCase() ?? '';
    const as = attributes.find(([name]) => name === 'as')?.[1]?.toLowerCase() ?? '';
    if ((rel === 'preload' && as === 'script') || rel === 'modulepreload') return '';
    return withoutNonce(element);
  });

  if (external.length) {
    const loader = loaderScript(external);
    hashes.add(sha256Source(loader));
    let placed = false;
    out = out.replace(/<!--storefront:script-loader-->/g, () => {
      if (placed) return '';
      placed = true;
      return `<script>${loader}</script>`;
    });
  }
  // The nonce may remain inside hashed script text (React's payload can name it); it grants nothing,
  // since the page's CSP names no nonce.
  return { html: out, hashes: [...hashes] };
}
