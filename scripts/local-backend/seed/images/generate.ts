// Writes the demo catalog's product images to public/demo-catalog/ (served as /demo-catalog/*.png)
// and removes PNGs there that the catalog no longer references.
//
//   npx tsx scripts/local-backend/seed/images/generate.ts
//
// Output depends only on the tables in ../data, so re-running it reproduces the committed files.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoImages } from '../data/rows';
import { renderDemoImage } from './render';

const OUTPUT_DIR = fileURLToPath(new URL('../../../../public/demo-catalog/', import.meta.url));

function main(): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const images = demoImages();
  const wanted = new Set(images.map((img) => img.file));
  for (const existing of readdirSync(OUTPUT_DIR)) {
    if (existing.endsWith('.png') && !wanted.has(existing)) rmSync(join(OUTPUT_DIR, existing));
  }
  let total = 0;
  for (const image of images) {
    const png = renderDemoImage(image);
    writeFileSync(join(OUTPUT_DIR, image.file), png);
    total += png.length;
  }
  console.log(`Wrote ${images.length} images to ${OUTPUT_DIR} (${(total / 1024).toFixed(1)} KiB in total).`);
}

main();
