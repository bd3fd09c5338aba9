import Image, { type ImageProps } from 'next/image';
import { isOptimizableImage } from '@/lib/images';

/**
 * next/image for catalog images. Local files and the hosts in lib/images.ts go through Next's
 * optimizer (served from our origin, as the CSP requires); any other absolute URL is passed through
 * unoptimized so a page never crashes on it (the CSP will block it until its host is added there).
 */
export function CatalogImage({ src, alt, ...props }: Omit<ImageProps, 'src'> & { src: string }) {
  return <Image src={src} alt={alt} unoptimized={isOptimizableImage(src) ? undefined : true} {...props} />;
}
