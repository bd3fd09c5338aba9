import localFont from 'next/font/local';

// Inter (SIL Open Font License 1.1), self-hosted from the @fontsource-variable/inter devDependency:
// no network at build time. One variable file (weights 100-900, Latin: English and German, with
// the £ and € signs) is the only font the pages preload.
export const sans = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter',
  fallback: ['ui-sans-serif', 'system-ui', 'sans-serif'],
});
