// Text matching of Product Search: the analysis `fullText`, `fullTextPrefix` and `fuzzy` run on
// text (tokens, case and accent folding, light plural stemming), and the whole-value matching of
// `exact`, `prefix` and `wildcard`.
//
// Like the real API's analyzers, full text matches WHOLE tokens, never parts of words: "crew tee"
// finds "Essential Crew Tee", "cre" does not. Parts of words are what `fullTextPrefix` (the last
// term as a prefix) and `wildcard` (`*ew te*`, optionally case-insensitive) are for.

/** Lower case, accents and umlauts folded (ä -> a, ß -> ss), Unicode-normalized. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/** Words of a text after folding: runs of letters and digits; possessive 's dropped. */
export function tokenize(text: string): string[] {
  return foldText(text.replace(/['’]s\b/g, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function stemEnglish(token: string): string {
  if (token.length <= 3) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (/(x|ch|sh)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

function stemGerman(token: string): string {
  if (token.length > 5 && token.endsWith('ern')) return token.slice(0, -3);
  if (token.length > 4 && /(em|en|er|es)$/.test(token)) return token.slice(0, -2);
  if (token.length > 3 && /[esn]$/.test(token)) return token.slice(0, -1);
  return token;
}

/** A light, language-aware stemmer (plural and inflection endings), applied to text and query alike. */
export function stem(token: string, language: string | undefined): string {
  const base = (language ?? '').toLowerCase().split('-')[0];
  if (/^\d+$/.test(token)) return token;
  if (base === 'en') return stemEnglish(token);
  if (base === 'de') return stemGerman(token);
  return token;
}

/** The analyzed form of one text value: its words as written (folded) and their stems. */
export type AnalyzedText = { words: readonly string[]; stems: ReadonlySet<string> };

export function analyze(text: string, language: string | undefined): AnalyzedText {
  const words = tokenize(text);
  return { words, stems: new Set(words.map((w) => stem(w, language))) };
}

export type MatchMode = 'all' | 'any';

/** Fraction (0..1] of the query's terms found in the text, or 0 when `mustMatch` is not met. */
function termFraction(terms: readonly string[], found: (term: string, index: number) => boolean, mode: MatchMode): number {
  if (terms.length === 0) return 0;
  let hits = 0;
  terms.forEach((term, index) => {
    if (found(term, index)) hits += 1;
  });
  if (mode === 'all' ? hits < terms.length : hits === 0) return 0;
  return hits / terms.length;
}

/** `fullText`: every (or any) query word equals a word of the text, after analysis. */
export function fullTextScore(query: string, texts: readonly AnalyzedText[], language: string | undefined, mode: MatchMode): number {
  const terms = tokenize(query).map((t) => stem(t, language));
  let best = 0;
  for (const text of texts) best = Math.max(best, termFraction(terms, (term) => text.stems.has(term), mode));
  return best;
}

/** `fullTextPrefix`: like fullText, but the last query word may be the beginning of a word. */
export function fullTextPrefixScore(query: string, texts: readonly AnalyzedText[], language: string | undefined, mode: MatchMode): number {
  const words = tokenize(query);
  const last = words.length - 1;
  let best = 0;
  for (const text of texts) {
    const found = (word: string, index: number) =>
      index === last ? text.words.some((w) => w.startsWith(word)) : text.stems.has(stem(word, language));
    best = Math.max(best, termFraction(words, found, mode));
  }
  return best;
}

/** Damerau-Levenshtein distance (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The fuzziness the API allows for a term of this length, capped by the requested level. */
function effectiveLevel(term: string, requested: number): number {
  const allowed = term.length <= 2 ? 0 : term.length <= 5 ? 1 : 2;
  return Math.min(allowed, requested);
}

/** `fuzzy`: each query word is within the allowed edit distance of a word of the text. */
export function fuzzyScore(query: string, texts: readonly AnalyzedText[], level: number, mode: MatchMode): number {
  const terms = tokenize(query);
  let best = 0;
  for (const text of texts) {
    const found = (term: string) => text.words.some((w) => editDistance(w, term) <= effectiveLevel(term, level));
    best = Math.max(best, termFraction(terms, found, mode));
  }
  return best;
}

/** `wildcard` on a whole value: `*` any run of characters, `?` exactly one, `\` escapes the next character. */
export function wildcardPattern(pattern: string, caseInsensitive: boolean): RegExp {
  let source = '';
  let escaped = false;
  for (const ch of pattern) {
    if (!escaped && ch === '\\') {
      escaped = true;
      continue;
    }
    if (!escaped && ch === '*') source += '[\\s\\S]*';
    else if (!escaped && ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    escaped = false;
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'iu' : 'u');
}

export function sameText(a: string, b: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function startsWithText(value: string, prefix: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? value.toLowerCase().startsWith(prefix.toLowerCase()) : value.startsWith(prefix);
}
