import { getImageProps, type ImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';
import { isOptimizableImage } from '@/lib/images';

/**
 * A catalog image: next/image's optimizer URLs, srcset and sizes (getImageProps) on a plain <img>.
 * Local files and the hosts in lib/images.ts go through Next's optimizer (served from our origin,
 * as the CSP requires); any other absolute URL is passed through unoptimized so a page never crashes
 * on it (the CSP will block it until its host is added there).
 * Plain <img>, not the <Image> component: rendered by a Server Component (product cards) it ships no
 * JavaScript and hydrates nothing; the component would send its client code (~6 kB gzip) to every
 * page with a product grid and hydrate each card's image. Nothing here needs it (no blur placeholder).
 * A preloaded image is a page's largest paint (the product's main image, the first cards): preloaded
 * from <head> and fetched with high priority, ahead of the scripts that share the phone's connection.
 */
export function CatalogImage({ src, alt, preload = false, ...rest }: Omit<ImageProps, 'src'> & { src: string }) {
  const { props } = getImageProps({
    src,
    alt,
    unoptimized: isOptimizableImage(src) ? undefined : true,
    ...(preload ? { loading: 'eager', fetchPriority: 'high' } : {}),
    ...rest,
  });
  if (preload) preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- the optimizer's props from getImageProps, see above
  return <img {...props} alt={alt} />;
}
