// Renders one catalog image (see data/rows.ts) to PNG bytes. Pure and deterministic.

import { colorByKey } from '../data/colors';
import { type DemoImage, IMAGE_SIZE } from '../data/rows';
import { detailView, frontView, renderMotif } from './motifs';
import { encodePng } from './png';

/** Packed 8-bit RGB pixels of a catalog image. */
export function renderDemoImagePixels(image: DemoImage): Uint8Array {
  return renderMotif({
    motif: image.motif,
    pattern: image.pattern,
    colorHex: colorByKey(image.color).hex,
    size: IMAGE_SIZE,
    view: image.view === 'detail' ? detailView(image.motif) : frontView(image.motif),
  });
}

export function renderDemoImage(image: DemoImage): Buffer {
  return encodePng(renderDemoImagePixels(image), IMAGE_SIZE, IMAGE_SIZE);
}
