// Content negotiation for the catalog pages' markdown twins (proxy.ts). Pure and Edge-safe.
// RFC 9110 section 12.5.1: the most specific matching media range sets a type's q; between HTML and
// markdown the higher q wins, then the more specific match, then the earlier listing. HTML is the
// default: a browser (`text/html,...,*/*;q=0.8`) or a client that names neither never gets markdown.

type Range = { type: string; subtype: string; q: number; index: number };
type Match = { q: number; specificity: number; index: number };

function parseAccept(header: string): Range[] {
  return header.split(',').flatMap((part, index) => {
    const [mediaRange = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const [type, subtype] = mediaRange.split('/');
    if (!type || !subtype) return [];
    const qParam = params.find((p) => /^q\s*=/.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.replace(/^q\s*=\s*/, ''));
    return Number.isFinite(q) && q >= 0 && q <= 1 ? [{ type, subtype, q, index }] : [];
  });
}

function match(ranges: Range[], type: string, subtype: string): Match {
  let best: Match = { q: 0, specificity: -1, index: Infinity };
  for (const range of ranges) {
    const specificity = range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1;
    if (specificity > best.specificity) best = { q: range.q, specificity, index: range.index };
  }
  return best;
}

/** True when the request accepts text/markdown and prefers it to text/html. */
export function prefersMarkdown(accept: string | null): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const markdown = match(ranges, 'text', 'markdown');
  const html = match(ranges, 'text', 'html');
  if (markdown.q === 0) return false;
  if (markdown.q !== html.q) return markdown.q > html.q;
  if (markdown.specificity !== html.specificity) return markdown.specificity > html.specificity;
  return markdown.index < html.index;
}

// The pages with a markdown twin: product, category listing, search (`/{locale}/...`).
const CATALOG_PAGE = /^\/[a-z]{2}-[a-z]{2}\/(?:p\/[^/]+|c\/[^/]+|search)\/?$/;

/** Where the markdown twin of a page is served (app/markdown/**), or null for other paths. */
export function markdownTwin(pathname: string): string | null {
  return CATALOG_PAGE.test(pathname) ? `/markdown${pathname.replace(/\/+$/, '')}` : null;
}
