// Where product images may come from. Local files (the demo catalog under /public) and these
// remote hosts go through Next's image optimizer, so the browser loads them from our own origin
// (the CSP allows `img-src 'self'` only). Add your own CDN here if images are hosted elsewhere.
export const REMOTE_IMAGE_PATTERNS = [
  // commercetools' image CDN (https://<id>.cdn.<region>.commercetools.com/...).
  { protocol: 'https', hostname: '**.commercetools.com' },
] as const;

/** True when next/image may optimize (and so same-origin-serve) this image URL. */
export function isOptimizableImage(src: string): boolean {
  if (!/^https?:\/\//i.test(src)) return true;
  const url = new URL(src);
  return REMOTE_IMAGE_PATTERNS.some(
    (p) => url.protocol === `${p.protocol}:` && (url.hostname === p.hostname.slice(3) || url.hostname.endsWith(p.hostname.slice(2))),
  );
}
