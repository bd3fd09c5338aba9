// The buy pages' client components get their messages from BuyProviders (the buy sections'
// layouts) on top of the site-wide client namespaces; this checks both halves of that.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUY_CLIENT_NAMESPACES } from '@/app/_ui/namespaces';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import { CLIENT_NAMESPACES } from '@/lib/i18n/messages';

const root = process.cwd();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(entry) ? [path] : [];
  });
}

function namespacesUsed(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/useTranslations\(\s*['"](\w+)['"]/g)].map((m) => m[1]!);
}

describe('buy messages', () => {
  it('exist in both languages', () => {
    for (const ns of [...BUY_CLIENT_NAMESPACES, 'BuyTitles'] as const) {
      expect(Object.keys(en[ns]).length, ns).toBeGreaterThan(0);
      expect(Object.keys(de[ns]).sort(), ns).toEqual(Object.keys(en[ns]).sort());
    }
  });

  it('client components of the buy pages use only namespaces their provider sends', () => {
    const allowed = new Set<string>([...CLIENT_NAMESPACES, ...BUY_CLIENT_NAMESPACES]);
    const buyFeatures = ['cart', 'checkout', 'account', 'address', 'orders'].map((f) => join(root, 'app/_features', f));
    const used = buyFeatures.flatMap(files).flatMap(namespacesUsed);
    expect(used.length).toBeGreaterThan(0);
    for (const ns of used) expect(allowed.has(ns), ns).toBe(true);
  });

  it('every buy section is wrapped in BuyProviders (one layout for the (buy) route group)', () => {
    const group = join(root, 'app/[locale]/(buy)');
    expect(readFileSync(join(group, 'layout.tsx'), 'utf8')).toContain('<BuyProviders');
    for (const section of ['cart', 'checkout', 'login', 'signup', 'account']) {
      expect(existsSync(join(group, section, 'page.tsx')), section).toBe(true);
      expect(existsSync(join(root, 'app/[locale]', section)), `${section} outside the group`).toBe(false);
    }
  });

  it('components outside the buy sections (header, catalog) use only the site-wide namespaces', () => {
    const outside = ['header', 'catalog'].flatMap((f) => files(join(root, 'app/_features', f)));
    expect(outside.map(namespacesUsed).flat().length).toBeGreaterThan(0);
    for (const file of outside) {
      for (const ns of namespacesUsed(file)) expect(CLIENT_NAMESPACES as readonly string[], `${file}: ${ns}`).toContain(ns);
    }
  });
});
