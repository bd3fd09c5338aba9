import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, encodePngRgb, quantize, readPngHeader } from '@/scripts/local-backend/seed/images/png';

function chunks(png: Buffer): Array<{ type: string; data: Buffer; crcOk: boolean }> {
  const out = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crcOk = crc32(png, offset + 4, offset + 8 + length) === png.readUInt32BE(offset + 8 + length);
    out.push({ type, data, crcOk });
    offset += 12 + length;
  }
  return out;
}

// A 3x2 test image: red, green, blue / white, black, grey.
const PIXELS = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 128, 128, 128]);

describe('PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('writes a valid palette PNG that decodes to the input pixels', () => {
    const png = encodePng(PIXELS, 3, 2);
    expect(readPngHeader(png)).toEqual({ width: 3, height: 2, bitDepth: 8, colorType: 3 });
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const palette = parts[1]?.data ?? Buffer.alloc(0);
    const raw = inflateSync(parts[2]?.data ?? Buffer.alloc(0));
    expect(raw.length).toBe((3 + 1) * 2);
    const decoded: number[] = [];
    for (let y = 0; y < 2; y++) {
      expect(raw[y * 4]).toBe(0); // filter type none
      for (let x = 0; x < 3; x++) {
        const index = raw[y * 4 + 1 + x] ?? 0;
        decoded.push(...palette.subarray(index * 3, index * 3 + 3));
      }
    }
    expect(decoded).toEqual([...PIXELS]);
  });

  it('writes a valid truecolour PNG whose unfiltered rows are the input pixels', () => {
    const png = encodePngRgb(PIXELS, 3, 2);
    expect(readPngHeader(png)).toEqual({ width: 3, height: 2, bitDepth: 8, colorType: 2 });
    const parts = chunks(png);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const raw = inflateSync(parts.find((c) => c.type === 'IDAT')?.data ?? Buffer.alloc(0));
    // Undo the per-row filters (PNG spec, section 9).
    const stride = 9;
    const out = new Uint8Array(stride * 2);
    for (let y = 0; y < 2; y++) {
      const filter = raw[y * (stride + 1)];
      for (let i = 0; i < stride; i++) {
        const x = raw[y * (stride + 1) + 1 + i] ?? 0;
        const a = i >= 3 ? (out[y * stride + i - 3] ?? 0) : 0;
        const b = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
        const c = i >= 3 && y > 0 ? (out[(y - 1) * stride + i - 3] ?? 0) : 0;
        const p = a + b - c;
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
        const predicted = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
        out[y * stride + i] = (x + predicted) & 0xff;
      }
    }
    expect([...out]).toEqual([...PIXELS]);
  });

  it('reduces images with more than 256 colours to the nearest of the most frequent ones', () => {
    // Every grey twice (256 frequent colours), plus 44 rare colours just off the grey ramp.
    const pixels = new Uint8Array((512 + 44) * 3);
    for (let i = 0; i < 512; i++) pixels.set([i >> 1, i >> 1, i >> 1], i * 3);
    for (let i = 0; i < 44; i++) pixels.set([i * 5 + 1, i * 5, i * 5], (512 + i) * 3);
    const q = quantize(pixels);
    expect(q.palette.length).toBe(256 * 3);
    for (let i = 0; i < 256; i++) expect([...q.palette.subarray(i * 3, i * 3 + 3)]).toEqual([i, i, i]);
    expect(q.maxError).toBe(1);
    expect(q.indices[512 + 10]).toBe(50);
    const lossless = quantize(PIXELS);
    expect(lossless.maxError).toBe(0);
  });

  it('rejects files that are not PNGs and pixel buffers of the wrong size', () => {
    expect(() => readPngHeader(Buffer.from('GIF89a not a png at all, really not'))).toThrow(/Not a PNG/);
    const png = encodePng(PIXELS, 3, 2);
    png[17] = (png[17] ?? 0) ^ 0xff; // corrupt the width
    expect(() => readPngHeader(png)).toThrow(/checksum/);
    expect(() => encodePng(PIXELS, 4, 2)).toThrow(/wrong length/);
  });
});
