import Image, { type ImageProps } from 'next/image';

/**
 * next/image for catalog images. Local images (the demo catalog under /public) go through Next's
 * optimizer; absolute URLs (a real project's CDN) are passed through unoptimized, so a missing
 * `images.remotePatterns` entry never breaks a page (add one to optimize them).
 */
export function CatalogImage({ src, alt, ...props }: Omit<ImageProps, 'src'> & { src: string }) {
  const remote = /^https?:\/\//i.test(src);
  return <Image src={src} alt={alt} unoptimized={remote || undefined} {...props} />;
}
