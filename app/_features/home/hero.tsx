import Image from 'next/image';
import { IntentLink as Link } from '@/app/_ui/intent-link';

/**
 * The home page's opening: a picture with the store's promise and one call to action. The picture
 * is the page's largest paint, so it is preloaded with high priority; `sizes` follows the main
 * column (max-w-6xl less its padding).
 */
export function HomeHero({ title, intro, cta, href }: { title: string; intro: string; cta: string; href: string }) {
  return (
    <section className="relative isolate overflow-hidden rounded-2xl bg-slate-200" aria-labelledby="home-title" data-testid="home-hero">
      <Image
        src="/home/hero.webp"
        alt=""
        width={1600}
        height={900}
        preload
        fetchPriority="high"
        loading="eager"
        sizes="(min-width: 1152px) 1104px, (min-width: 640px) calc(100vw - 3rem), calc(100vw - 2rem)"
        className="h-80 w-full object-cover sm:h-96 lg:h-[30rem]"
        data-testid="home-hero-image"
      />
      <div aria-hidden="true" className="absolute inset-0 -z-0 bg-gradient-to-t from-slate-950/80 via-slate-950/30 to-transparent" />
      <div className="absolute inset-x-0 bottom-0 p-6 sm:p-10">
        <h1 id="home-title" className="max-w-2xl text-3xl font-semibold tracking-tight text-white sm:text-5xl">
          {title}
        </h1>
        <p className="mt-3 max-w-xl text-base text-white sm:text-lg">{intro}</p>
        <Link
          href={href}
          className="mt-6 inline-flex h-12 items-center rounded-full bg-white px-6 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-100"
          data-testid="home-hero-cta"
        >
          {cta}
        </Link>
      </div>
    </section>
  );
}
