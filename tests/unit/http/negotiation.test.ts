// Accept negotiation between a catalog page's HTML and its markdown twin.
import { describe, expect, it } from 'vitest';
import { markdownTwin, prefersMarkdown } from '@/lib/http/negotiation';

describe('prefersMarkdown', () => {
  it.each([
    [null, false],
    ['', false],
    ['*/*', false],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', false],
    ['application/json', false],
    ['text/markdown', true],
    ['TEXT/Markdown; charset=utf-8', true],
    ['text/markdown, */*;q=0.1', true],
    ['text/markdown;q=0.9, text/html', false],
    ['text/markdown, text/html;q=0.9', true],
    ['text/html;q=0.5, text/markdown;q=0.6', true],
    ['text/markdown;q=0', false],
    ['text/markdown;q=0, */*', false],
    // Equal q: the explicit type beats a wildcard, then the earlier listing wins.
    ['text/markdown, */*', true],
    ['text/*, text/markdown', true],
    ['text/markdown, text/html', true],
    ['text/html, text/markdown', false],
    // A more specific range sets the q (RFC 9110 12.5.1): text/html;q=0 leaves markdown via text/*.
    ['text/*, text/html;q=0', true],
    ['text/markdown;q=nonsense', false],
  ])('%j -> %s', (accept, expected) => {
    expect(prefersMarkdown(accept)).toBe(expected);
  });
});

describe('markdownTwin', () => {
  it.each([
    ['/en-us/p/linen-shirt', '/markdown/en-us/p/linen-shirt'],
    ['/de-de/c/damen/', '/markdown/de-de/c/damen'],
    ['/en-gb/search', '/markdown/en-gb/search'],
    ['/en-us', null],
    ['/en-us/cart', null],
    ['/en-us/p/a/b', null],
    ['/api/products', null],
    ['/markdown/en-us/p/x', null],
  ])('%s -> %s', (path, twin) => {
    expect(markdownTwin(path)).toBe(twin);
  });
});
