import type { MetadataRoute } from 'next';
import en from '@/lib/i18n/messages/en.json';

// The web app manifest (served at /manifest.webmanifest): the store's name and icons for a home
// screen. One manifest for every market: it is linked from pages of all three.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: en.Metadata.storeName,
    short_name: en.Metadata.storeName,
    description: en.Metadata.description,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0f172a',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
    ],
  };
}
