import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import { languageTag, marketForTag, messageLanguage } from '@/lib/i18n/locale';
import { BUY_CLIENT_NAMESPACES } from '@/app/_ui/namespaces';
import { CLIENT_NAMESPACES, clientMessages, loadMessages } from '@/lib/i18n/messages';
import { MARKETS } from '@/lib/markets';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

/** The ICU arguments a message uses: `{count, plural, ...}` -> count. */
function argumentsOf(message: string): string[] {
  const pattern = /\{\s*(\w+)\s*(?:\}|,\s*(?:plural|select|selectordinal|number|date|time)\b)/g;
  return [...new Set([...message.matchAll(pattern)].map((m) => m[1]!))].sort();
}

describe('messages', () => {
  const english = leaves(en as Tree);
  const german = leaves(de as Tree);

  it('German has exactly the English keys', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('every message uses the same arguments in both languages, and none is empty', () => {
    for (const [key, message] of english) {
      expect(message.trim(), key).not.toBe('');
      expect(argumentsOf(german.get(key)!), key).toEqual(argumentsOf(message));
    }
  });

  it('loads the market language and sends client components only their namespaces', async () => {
    expect((await loadMessages('de')).Header.searchSubmit).toBe(de.Header.searchSubmit);
    const client = clientMessages(await loadMessages('en'));
    expect(Object.keys(client).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(client).not.toHaveProperty('Home');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('client components', () => {
  it('use only the namespaces the provider sends to the browser', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(process.cwd(), 'app'))) {
      const source = readFileSync(file, 'utf8');
      if (!/^\s*['"]use client['"]/.test(source)) continue;
      for (const match of source.matchAll(/useTranslations\(\s*['"](\w+)['"]/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    // Buy pages add their own namespaces through the (buy) layout (tests/unit/ui/namespaces.test.ts).
    const sent = [...CLIENT_NAMESPACES, ...BUY_CLIENT_NAMESPACES];
    for (const namespace of used) expect(sent, namespace).toContain(namespace);
  });
});

describe('locales', () => {
  it('maps markets to language tags and back', () => {
    expect(languageTag(MARKETS['en-us'])).toBe('en-US');
    expect(languageTag(MARKETS['en-gb'])).toBe('en-GB');
    expect(languageTag(MARKETS['de-de'])).toBe('de-DE');
    expect(marketForTag('de-DE')).toBe(MARKETS['de-de']);
    expect(marketForTag('en-gb')).toBe(MARKETS['en-gb']);
    expect(marketForTag('fr-FR')).toBe(MARKETS['en-us']);
    expect(marketForTag(undefined)).toBe(MARKETS['en-us']);
    expect(messageLanguage(MARKETS['de-de'])).toBe('de');
    expect(messageLanguage({ language: 'fr' } as never)).toBe('en');
  });
});
