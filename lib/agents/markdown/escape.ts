// Catalog text is untrusted (anyone with Merchant Center access, an import, a PIM feed): in markdown
// it must stay text. It could otherwise open a heading, a list, a link or image (exfiltration by URL),
// raw HTML or an HTML comment an agent reads but a person reviewing the page never sees. Every
// markdown-significant ASCII character is backslash-escaped (CommonMark: any ASCII punctuation may
// be), line structure is flattened, and invisible or direction-changing characters are dropped.

// C0/C1 controls (tab and newline are handled separately), zero-width characters, bidi embeddings
// and isolates, the BOM, and Unicode "tag" characters (invisible ASCII look-alikes used to smuggle
// instructions).
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u{e0000}-\u{e007f}]/gu;

// Markup anywhere in a line: emphasis, code, links and images, HTML and entities, tables, strike,
// and `:` (no `https://` autolink). `-`, `.`, `+`, `#` and `'` are left readable mid-line.
const INLINE_MARKUP = /[\\`*_{}[\]()!|<>~&:]/g;
// What opens a block at the start of a line: heading, list, quote (already escaped), setext line.
const BLOCK_START = /^([#+\-=]|\d+\.)/;

/** One line of catalog text, safe anywhere inline: no line breaks, no markup, no HTML, no autolinks. */
export function escapeInline(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_MARKUP, (c) => `\\${c}`)
    // GFM links `www.` text without a scheme.
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(BLOCK_START, (start) => (start.endsWith('.') ? `${start.slice(0, -1)}\\.` : `\\${start}`));
}

/** Multi-line catalog text as plain paragraphs: blank lines separate them, each paragraph inline-safe. */
export function escapeParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(escapeInline)
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A URL we built (our origin, encoded slugs and queries) as a link destination: characters that
 * would end or confuse `(...)` are percent-encoded.
 */
export function linkUrl(url: string): string {
  return url.replace(/[()<>\s[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` with escaped text and a safe destination. */
export function link(text: string, url: string): string {
  return `[${escapeInline(text)}](${linkUrl(url)})`;
}
