// Structured data for search engines: one <script type="application/ld+json"> per call. The JSON is
// serialized with `<`, `>` and `&` escaped, so catalog text can never close the element.
import { headers } from 'next/headers';
import { serializeJsonLd, type JsonLdObject } from '@/lib/seo/json-ld';

type JsonLdProps = { data: JsonLdObject | JsonLdObject[] };

/** The element itself; pure, for rendering outside a request (tests) or with a known nonce. */
export function JsonLdScript({ data, nonce }: JsonLdProps & { nonce?: string }) {
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/**
 * Server Component for pages: `<JsonLd data={productJsonLd(...)} />`. It carries the request's CSP
 * nonce like every other script on the page (a data block is never executed, but the page's
 * scripts then all share one nonce).
 */
export async function JsonLd({ data }: JsonLdProps) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <JsonLdScript data={data} nonce={nonce} />;
}
