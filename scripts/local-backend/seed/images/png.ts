// A minimal PNG encoder on top of node:zlib, plus a reader for the IHDR header. Flat drawings are
// written as 8-bit palette images (colour type 3): the few hundred colours they use, anti-aliasing
// included, are reduced to the 256 most frequent ones, which keeps files at a few kilobytes.
// Truecolour output (colour type 2) is available too. Everything is deterministic.

import { deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out, 4, 8 + data.length), 8 + data.length);
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Filters every scanline (choosing the filter per row) and returns the bytes that get deflated. */
export function filterScanlines(rgb: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 3;
  const out = new Uint8Array((stride + 1) * height);
  const candidate = new Uint8Array(stride);
  const best = new Uint8Array(stride);
  const zero = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = rgb.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rgb.subarray((y - 1) * stride, y * stride) : zero;
    let bestFilter = 0;
    let bestScore = Infinity;
    for (let filter = 0; filter <= 4; filter++) {
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const x = row[i] ?? 0;
        const a = i >= 3 ? (row[i - 3] ?? 0) : 0;
        const b = prev[i] ?? 0;
        const c = i >= 3 ? (prev[i - 3] ?? 0) : 0;
        const predicted =
          filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (x - predicted) & 0xff;
        candidate[i] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        bestFilter = filter;
        best.set(candidate);
      }
    }
    const offset = y * (stride + 1);
    out[offset] = bestFilter;
    out.set(best, offset + 1);
  }
  return out;
}

function ihdr(width: number, height: number, colorType: 2 | 3): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = colorType;
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method: adaptive
  header[12] = 0; // no interlace
  return chunk('IHDR', header);
}

function checkLength(rgb: Uint8Array, width: number, height: number): void {
  if (rgb.length !== width * height * 3) throw new Error('PNG encoder: pixel buffer has the wrong length');
}

/** Encodes packed 8-bit RGB pixels (`width * height * 3` bytes) as a truecolour PNG. */
export function encodePngRgb(rgb: Uint8Array, width: number, height: number): Buffer {
  checkLength(rgb, width, height);
  const idat = deflateSync(filterScanlines(rgb, width, height), { level: 9, memLevel: 9 });
  return Buffer.concat([SIGNATURE, ihdr(width, height, 2), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

export interface Quantized {
  /** RGB triplets, at most 256 of them. */
  readonly palette: Uint8Array;
  /** One palette index per pixel. */
  readonly indices: Uint8Array;
  /** Largest per-channel difference between a pixel and its palette colour. */
  readonly maxError: number;
}

/**
 * Reduces an image to at most 256 colours: the most frequent colours (ties broken by value, so the
 * result is deterministic) form the palette and every other colour maps to its nearest entry.
 * Lossless when the image has 256 colours or fewer.
 */
export function quantize(rgb: Uint8Array): Quantized {
  const counts = new Map<number, number>();
  for (let i = 0; i < rgb.length; i += 3) {
    const c = ((rgb[i] ?? 0) << 16) | ((rgb[i + 1] ?? 0) << 8) | (rgb[i + 2] ?? 0);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const colors = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 256).map(([c]) => c);
  const palette = new Uint8Array(colors.length * 3);
  const indexOf = new Map<number, number>();
  colors.forEach((c, i) => {
    palette[i * 3] = c >> 16;
    palette[i * 3 + 1] = (c >> 8) & 0xff;
    palette[i * 3 + 2] = c & 0xff;
    indexOf.set(c, i);
  });
  let maxError = 0;
  const nearest = (c: number): number => {
    const r = c >> 16;
    const g = (c >> 8) & 0xff;
    const b = c & 0xff;
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0; i < colors.length; i++) {
      const dr = r - (palette[i * 3] ?? 0);
      const dg = g - (palette[i * 3 + 1] ?? 0);
      const db = b - (palette[i * 3 + 2] ?? 0);
      const distance = dr * dr + dg * dg + db * db;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    maxError = Math.max(
      maxError,
      Math.abs(r - (palette[best * 3] ?? 0)),
      Math.abs(g - (palette[best * 3 + 1] ?? 0)),
      Math.abs(b - (palette[best * 3 + 2] ?? 0)),
    );
    indexOf.set(c, best);
    return best;
  };
  const indices = new Uint8Array(rgb.length / 3);
  for (let p = 0; p < indices.length; p++) {
    const c = ((rgb[p * 3] ?? 0) << 16) | ((rgb[p * 3 + 1] ?? 0) << 8) | (rgb[p * 3 + 2] ?? 0);
    indices[p] = indexOf.get(c) ?? nearest(c);
  }
  return { palette, indices, maxError };
}

/** Encodes packed 8-bit RGB pixels (`width * height * 3` bytes) as a palette PNG (see quantize). */
export function encodePng(rgb: Uint8Array, width: number, height: number): Buffer {
  checkLength(rgb, width, height);
  const { palette, indices } = quantize(rgb);
  // Palette images compress best unfiltered: filter type 0 on every row.
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const idat = deflateSync(raw, { level: 9, memLevel: 9 });
  return Buffer.concat([
    SIGNATURE,
    ihdr(width, height, 3),
    chunk('PLTE', palette),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
}

/** Reads width, height, bit depth and colour type from a PNG's IHDR chunk; throws if it is not a PNG. */
export function readPngHeader(file: Uint8Array): PngHeader {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file');
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  if (crc32(buf, 12, 29) !== buf.readUInt32BE(29)) throw new Error('PNG IHDR checksum mismatch');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf[24] ?? 0, colorType: buf[25] ?? 0 };
}
