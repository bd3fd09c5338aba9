// Flat product illustrations for the demo catalog: one simple silhouette per product kind, drawn in
// the variant's colour on a soft background tinted with it. Coordinates are in a 100 x 100 design
// space (y down) that the Pen maps onto the canvas, so the same drawing also yields a close-up.

import type { MotifKey, PatternKey } from '../data/products';
import {
  Canvas,
  type FillRule,
  PathBuilder,
  type Poly,
  type Pt,
  type RGB,
  circle,
  ellipse,
  polygon,
  quadPoints,
  rect,
  roundRect,
  stroke,
} from './raster';

// ---- colours ----

export function hexToRgb(hex: string): RGB {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Bad colour ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

function mix(a: RGB, b: RGB, t: number): RGB {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function luminance(c: RGB): number {
  return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
}

const WHITE: RGB = [255, 255, 255];
const BLACK: RGB = [0, 0, 0];
const COOL_GREY: RGB = [150, 160, 172];

export interface Palette {
  readonly main: RGB;
  /** Slightly darker panels: cuffs, linings, insides. */
  readonly shade: RGB;
  /** Seams and outlines: darker, or lighter on very dark colours. */
  readonly line: RGB;
  /** Buttons and highlights. */
  readonly light: RGB;
  /** Pattern colour contrasting with `main`. */
  readonly contrast: RGB;
  readonly background: RGB;
  readonly shadow: RGB;
}

export function paletteFor(hex: string): Palette {
  const main = hexToRgb(hex);
  const lum = luminance(main);
  const background = lum > 0.72 ? mix(main, COOL_GREY, 0.32) : mix(main, WHITE, 0.84);
  return {
    main,
    shade: lum < 0.2 ? mix(main, WHITE, 0.12) : mix(main, BLACK, 0.14),
    line: lum < 0.25 ? mix(main, WHITE, 0.32) : mix(main, BLACK, 0.34),
    light: mix(main, WHITE, 0.45),
    contrast: lum < 0.62 ? [243, 239, 230] : mix(main, BLACK, 0.5),
    background,
    shadow: mix(background, BLACK, 0.09),
  };
}

// ---- the pen: design space -> pixels ----

export interface View {
  /** 1 draws the whole item; larger values zoom in on `focus`. */
  readonly zoom: number;
  readonly focus: Pt;
}

export const FRONT_VIEW: View = { zoom: 1, focus: [50, 50] };

function signedArea(poly: Poly): number {
  let area = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i] ?? [0, 0];
    const [x1, y1] = poly[(i + 1) % poly.length] ?? [0, 0];
    area += x0 * y1 - x1 * y0;
  }
  return area;
}

class Pen {
  private readonly scale: number;

  constructor(
    readonly canvas: Canvas,
    private readonly view: View,
  ) {
    this.scale = canvas.width / 100;
  }

  private map(poly: Poly): Poly {
    const { zoom, focus } = this.view;
    return poly.map(([x, y]) => [((x - focus[0]) * zoom + 50) * this.scale, ((y - focus[1]) * zoom + 50) * this.scale] as const);
  }

  /** Fills polygons; with the nonzero rule they are unioned whatever their winding. */
  fill(polys: readonly Poly[], color: RGB, opts: { rule?: FillRule; clip?: Float32Array; opacity?: number } = {}): Float32Array {
    const rule = opts.rule ?? 'nonzero';
    const mapped = polys.map((p) => {
      const m = this.map(p);
      return rule === 'nonzero' && signedArea(m) < 0 ? [...m].reverse() : m;
    });
    return this.canvas.fill(mapped, color, { rule, clip: opts.clip, opacity: opts.opacity });
  }

  line(points: readonly Pt[], width: number, color: RGB, opts: { clip?: Float32Array; opacity?: number } = {}): void {
    this.fill(stroke(points, width), color, opts);
  }
}

// ---- patterns, always clipped to a mask (the garment, the mug...) ----

const RAINBOW: readonly RGB[] = [hexToRgb('#e0605a'), hexToRgb('#f1b84a'), hexToRgb('#5b96d2')];

function drawPattern(pen: Pen, pattern: PatternKey | undefined, mask: Float32Array, pal: Palette): void {
  switch (pattern) {
    case undefined:
      return;
    case 'stripes': {
      // Pattern edges sit on whole design units (8 px at 800 px), so they need no anti-aliasing.
      const bands: Poly[] = [];
      for (let y = 4; y < 100; y += 7) bands.push(rect(0, y, 100, 3));
      pen.fill(bands, pal.contrast, { clip: mask });
      return;
    }
    case 'check': {
      const wide: Poly[] = [];
      for (let v = 2; v < 100; v += 14) {
        wide.push(rect(v, 0, 6, 100));
        wide.push(rect(0, v, 100, 6));
      }
      pen.fill(wide, pal.line, { clip: mask, opacity: 0.45 });
      const thin: Poly[] = [];
      for (let v = 11; v < 100; v += 14) thin.push(rect(v, 0, 0.75, 100), rect(0, v, 100, 0.75));
      pen.fill(thin, pal.light, { clip: mask, opacity: 0.7 });
      return;
    }
    case 'grid': {
      const lines: Poly[] = [];
      for (let v = 3; v < 100; v += 6) {
        lines.push(rect(v, 0, 0.625, 100));
        lines.push(rect(0, v, 100, 0.625));
      }
      pen.fill(lines, pal.line, { clip: mask, opacity: 0.45 });
      return;
    }
    case 'chevron': {
      for (let y = 2; y < 100; y += 5) {
        const zig: Pt[] = [];
        for (let x = -2, up = true; x <= 102; x += 3, up = !up) zig.push([x, up ? y : y + 2.2]);
        pen.line(zig, 0.7, pal.line, { clip: mask, opacity: 0.45 });
      }
      return;
    }
    case 'knit': {
      // Columns of V-shaped stitches.
      const stitches: Poly[] = [];
      for (let x = 2; x < 100; x += 5) {
        for (let y = 0; y < 100; y += 3.5) stitches.push(...stroke([[x - 2, y], [x, y + 2.4], [x + 2, y]], 1.1));
      }
      pen.fill(stitches, pal.line, { clip: mask, opacity: 0.35 });
      return;
    }
    case 'speckle': {
      // A fixed linear congruential sequence: the same dots on every run.
      let seed = 20250101;
      const next = () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) / 0x1000000;
      };
      const dots: Poly[] = [];
      for (let i = 0; i < 160; i++) dots.push(circle(next() * 100, next() * 100, 0.3 + next() * 0.4, 10));
      pen.fill(dots, pal.line, { clip: mask, opacity: 0.75 });
      return;
    }
    case 'rainbow': {
      RAINBOW.forEach((color, i) => {
        const outer = 12 - i * 2.6;
        const inner = outer - 2.6;
        const arc = new PathBuilder(50 - outer, 52).arc(50, 52, outer, outer, Math.PI, 2 * Math.PI, 32);
        arc.line(50 + inner, 52).arc(50, 52, inner, inner, 2 * Math.PI, Math.PI, 32);
        pen.fill([arc.close()], color, { clip: mask });
      });
      return;
    }
  }
}

// ---- the drawings ----

interface Draw {
  readonly pen: Pen;
  readonly pal: Palette;
  readonly pattern: (mask: Float32Array) => void;
}

function pb(x: number, y: number): PathBuilder {
  return new PathBuilder(x, y);
}

function shadow({ pen, pal }: Draw, cx = 50, cy = 88, rx = 30, ry = 3.2): void {
  pen.fill([ellipse(cx, cy, rx, ry)], pal.shadow);
}

function buttons(d: Draw, x: number, ys: readonly number[], r = 0.9): void {
  d.pen.fill(
    ys.map((y) => circle(x, y, r, 20)),
    d.pal.light,
  );
}

function teeBody(): Poly {
  return pb(39, 16)
    .quad(50, 25, 61, 16)
    .line(73, 19)
    .line(87, 33)
    .line(79, 41)
    .line(71, 35)
    .line(71, 84)
    .line(29, 84)
    .line(29, 35)
    .line(21, 41)
    .line(13, 33)
    .line(27, 19)
    .close();
}

function longsleeveBody(wide = 0): Poly {
  return pb(39, 16)
    .quad(50, 25, 61, 16)
    .line(73 + wide, 19)
    .line(84 + wide, 66)
    .line(76 + wide, 68)
    .line(70 + wide, 38)
    .line(70 + wide, 84)
    .line(30 - wide, 84)
    .line(30 - wide, 38)
    .line(24 - wide, 68)
    .line(16 - wide, 66)
    .line(27 - wide, 19)
    .close();
}

const NECKLINE: Pt[] = quadPoints([39, 16], [50, 25], [61, 16]);

function tee(d: Draw): void {
  shadow(d);
  const mask = d.pen.fill([teeBody()], d.pal.main);
  d.pattern(mask);
  d.pen.line(NECKLINE, 1.8, d.pal.shade);
  d.pen.line(NECKLINE, 0.5, d.pal.line, { opacity: 0.6 });
  d.pen.line([[85.2, 31.2], [77.2, 39.2]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[14.8, 31.2], [22.8, 39.2]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[29, 81], [71, 81]], 0.5, d.pal.line, { opacity: 0.55 });
}

function longsleeve(d: Draw): void {
  shadow(d);
  const mask = d.pen.fill([longsleeveBody()], d.pal.main);
  d.pattern(mask);
  d.pen.line(NECKLINE, 1.8, d.pal.shade);
  d.pen.line([[83.4, 63.4], [75.6, 65.4]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[16.6, 63.4], [24.4, 65.4]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[30, 81], [70, 81]], 0.5, d.pal.line, { opacity: 0.55 });
}

function tank(d: Draw): void {
  shadow(d);
  const body = pb(37, 14).line(42, 14).quad(50, 30, 58, 14).line(63, 14).quad(64, 30, 71, 38).line(71, 84).line(29, 84).line(29, 38).quad(36, 30, 37, 14).close();
  const mask = d.pen.fill([body], d.pal.main);
  const ribs: Poly[] = [];
  for (let x = 29.5; x < 71; x += 2.5) ribs.push(rect(x, 0, 0.35, 100));
  d.pen.fill(ribs, d.pal.line, { clip: mask, opacity: 0.22 });
  d.pen.line(quadPoints([42, 14], [50, 30], [58, 14]), 1.2, d.pal.shade);
}

function collar(d: Draw, spread: number, depth: number): void {
  const left = polygon([39, 14], [50, 22 + depth], [41 - spread, 27 + depth], [36 - spread, 18]);
  const right = polygon([61, 14], [50, 22 + depth], [59 + spread, 27 + depth], [64 + spread, 18]);
  d.pen.fill([left, right], d.pal.main);
  for (const poly of [left, right]) d.pen.line([...poly, poly[0] ?? [0, 0]], 0.55, d.pal.line, { opacity: 0.8 });
}

function shirt(d: Draw): void {
  shadow(d);
  const mask = d.pen.fill([longsleeveBody()], d.pal.main);
  d.pattern(mask);
  d.pen.line([[50, 23], [50, 84]], 0.5, d.pal.line, { opacity: 0.7 });
  buttons(d, 51.6, [31, 41, 51, 61, 71, 80]);
  d.pen.line([[83.4, 63.4], [75.6, 65.4]], 0.5, d.pal.line, { opacity: 0.6 });
  d.pen.line([[16.6, 63.4], [24.4, 65.4]], 0.5, d.pal.line, { opacity: 0.6 });
  collar(d, 0, 0);
}

function campShirt(d: Draw): void {
  shadow(d);
  const mask = d.pen.fill([teeBody()], d.pal.main);
  d.pattern(mask);
  d.pen.fill([polygon([42, 17], [58, 17], [50, 33])], d.pal.shade);
  d.pen.line([[50, 33], [50, 84]], 0.5, d.pal.line, { opacity: 0.7 });
  buttons(d, 51.6, [40, 50, 60, 70, 80]);
  const left = polygon([39, 15], [50, 33], [44, 35], [34, 20]);
  const right = polygon([61, 15], [50, 33], [56, 35], [66, 20]);
  d.pen.fill([left, right], d.pal.main);
  for (const poly of [left, right]) d.pen.line([...poly, poly[0] ?? [0, 0]], 0.55, d.pal.line, { opacity: 0.8 });
  d.pen.line([[85.2, 31.2], [77.2, 39.2]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[14.8, 31.2], [22.8, 39.2]], 0.5, d.pal.line, { opacity: 0.55 });
}

function sweaterBase(d: Draw): Float32Array {
  shadow(d);
  const mask = d.pen.fill([longsleeveBody(1)], d.pal.main);
  d.pattern(mask);
  d.pen.fill([rect(29, 79, 42, 5)], d.pal.shade);
  d.pen.fill([polygon([85, 66], [77, 68], [76.4, 65], [84.3, 63])], d.pal.shade);
  d.pen.fill([polygon([15, 66], [23, 68], [23.6, 65], [15.7, 63])], d.pal.shade);
  const ribs: Poly[] = [];
  for (let x = 30; x < 71; x += 1.6) ribs.push(rect(x, 79, 0.3, 5));
  d.pen.fill(ribs, d.pal.line, { opacity: 0.35 });
  return mask;
}

function sweater(d: Draw): void {
  sweaterBase(d);
  d.pen.line(NECKLINE, 2.6, d.pal.shade);
}

function rollneck(d: Draw): void {
  sweaterBase(d);
  const neck = pb(41, 8).line(59, 8).line(60.5, 19).quad(50, 23, 39.5, 19).close();
  const mask = d.pen.fill([neck], d.pal.shade);
  const ribs: Poly[] = [];
  for (let x = 41; x < 60; x += 1.6) ribs.push(rect(x, 8, 0.3, 16));
  d.pen.fill(ribs, d.pal.line, { clip: mask, opacity: 0.35 });
}

function cardigan(d: Draw): void {
  sweaterBase(d);
  d.pen.fill([pb(40, 16).quad(50, 18, 60, 16).line(50, 38).close()], d.pal.shade);
  d.pen.line([[40, 16], [50, 38], [50, 84]], 0.6, d.pal.line, { opacity: 0.8 });
  d.pen.line([[60, 16], [50, 38]], 0.6, d.pal.line, { opacity: 0.8 });
  buttons(d, 51.8, [44, 53, 62, 71], 1.2);
  for (const x of [34, 55]) {
    const pocket = roundRect(x, 58, 11, 11, 1);
    d.pen.line([...pocket, pocket[0] ?? [0, 0]], 0.5, d.pal.line, { opacity: 0.7 });
  }
}

function hoodie(d: Draw): void {
  d.pen.fill([ellipse(50, 17, 15, 10)], d.pal.shade);
  sweaterBase(d);
  d.pen.fill([ellipse(50, 18, 9, 5)], d.pal.line, { opacity: 0.45 });
  const pocket = polygon([38, 60], [62, 60], [67, 77], [33, 77]);
  d.pen.fill([pocket], d.pal.shade);
  d.pen.line([...pocket, [38, 60]], 0.5, d.pal.line, { opacity: 0.7 });
  d.pen.line([[46, 22], [45, 36]], 0.9, d.pal.light);
  d.pen.line([[54, 22], [55, 36]], 0.9, d.pal.light);
}

function jacket(d: Draw): void {
  shadow(d);
  const mask = d.pen.fill([longsleeveBody(2)], d.pal.main);
  d.pattern(mask);
  d.pen.line([[50, 24], [50, 84]], 0.7, d.pal.line, { opacity: 0.8 });
  buttons(d, 52, [32, 44, 56, 68, 79], 1.1);
  for (const x of [33, 56]) {
    const pocket = roundRect(x, 36, 11, 10, 1);
    d.pen.line([...pocket, pocket[0] ?? [0, 0]], 0.5, d.pal.line, { opacity: 0.75 });
    d.pen.fill([rect(x, 36, 11, 3)], d.pal.shade);
  }
  d.pen.line([[29, 80], [71, 80]], 0.5, d.pal.line, { opacity: 0.6 });
  collar(d, 3, 1);
}

function dress(d: Draw): void {
  shadow(d, 50, 89, 27);
  d.pen.fill([polygon([58, 13], [69, 21], [65, 29], [60, 25]), polygon([42, 13], [31, 21], [35, 29], [40, 25])], d.pal.shade);
  const body = pb(41, 12)
    .line(45, 12)
    .quad(50, 20, 55, 12)
    .line(59, 12)
    .line(62, 24)
    .quad(63, 34, 59, 44)
    .quad(70, 64, 77, 86)
    .quad(50, 89, 23, 86)
    .quad(30, 64, 41, 44)
    .quad(37, 34, 38, 24)
    .close();
  const mask = d.pen.fill([body], d.pal.main);
  d.pattern(mask);
  d.pen.line([[41, 44], [59, 44]], 1.6, d.pal.shade);
  d.pen.line([[53, 44], [50, 55]], 1, d.pal.shade);
  d.pen.line([[54, 44], [56, 54]], 1, d.pal.shade);
  d.pen.line(quadPoints([45, 12], [50, 20], [55, 12]), 0.6, d.pal.line, { opacity: 0.7 });
}

function slipDress(d: Draw): void {
  shadow(d, 50, 89, 27);
  d.pen.line([[40.5, 25], [42, 9]], 0.7, d.pal.line);
  d.pen.line([[59.5, 25], [58, 9]], 0.7, d.pal.line);
  const body = pb(39, 24)
    .quad(50, 30, 61, 24)
    .quad(62, 35, 59, 45)
    .quad(69, 64, 75, 86)
    .quad(50, 89, 25, 86)
    .quad(31, 64, 41, 45)
    .quad(38, 35, 39, 24)
    .close();
  const mask = d.pen.fill([body], d.pal.main);
  d.pattern(mask);
  d.pen.line(quadPoints([39, 24], [50, 30], [61, 24]), 0.7, d.pal.line, { opacity: 0.7 });
  d.pen.fill([pb(56, 46).quad(63, 66, 66, 86).line(63, 86.6).quad(60, 66, 56, 46).close()], d.pal.light, { opacity: 0.35 });
}

function trousers(d: Draw): void {
  shadow(d);
  d.pen.fill([rect(33, 13, 34, 6.5)], d.pal.shade);
  const legs = pb(33, 19).line(67, 19).line(70, 86).line(53, 86).line(50, 36).line(47, 86).line(30, 86).close();
  const mask = d.pen.fill([legs], d.pal.main);
  d.pattern(mask);
  d.pen.line([[50, 19], [50, 31], [47.5, 34]], 0.5, d.pal.line, { opacity: 0.7 });
  d.pen.line(quadPoints([35.5, 19.5], [36.5, 26], [42, 19.5]), 0.5, d.pal.line, { opacity: 0.7 });
  d.pen.line(quadPoints([64.5, 19.5], [63.5, 26], [58, 19.5]), 0.5, d.pal.line, { opacity: 0.7 });
  d.pen.line([[30.3, 83], [46.8, 83]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[53.2, 83], [69.7, 83]], 0.5, d.pal.line, { opacity: 0.55 });
  for (const x of [37, 50, 63]) d.pen.fill([rect(x - 0.7, 12.5, 1.4, 7.5)], d.pal.line, { opacity: 0.55 });
}

function shorts(d: Draw): void {
  shadow(d, 50, 70, 26);
  d.pen.fill([rect(32, 24, 36, 6)], d.pal.shade);
  const legs = pb(32, 30).line(68, 30).line(71, 62).line(53, 64).line(50, 46).line(47, 64).line(29, 62).close();
  const mask = d.pen.fill([legs], d.pal.main);
  d.pattern(mask);
  d.pen.line([[48, 30], [46, 37]], 0.8, d.pal.light);
  d.pen.line([[52, 30], [54, 37]], 0.8, d.pal.light);
  d.pen.line([[29.4, 59], [46.7, 61]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[53.3, 61], [70.6, 59]], 0.5, d.pal.line, { opacity: 0.55 });
}

function dungarees(d: Draw): void {
  shadow(d);
  d.pen.line([[40.5, 22], [36, 8]], 2.4, d.pal.shade);
  d.pen.line([[59.5, 22], [64, 8]], 2.4, d.pal.shade);
  const legs = pb(34, 38).line(66, 38).line(69, 86).line(52.5, 86).line(50, 56).line(47.5, 86).line(31, 86).close();
  const bib = roundRect(39, 20, 22, 21, 2);
  const mask = d.pen.fill([legs, bib], d.pal.main);
  d.pattern(mask);
  const pocket = roundRect(44, 26, 12, 8, 1);
  d.pen.line([...pocket, pocket[0] ?? [0, 0]], 0.5, d.pal.line, { opacity: 0.7 });
  buttons(d, 40.8, [23], 1.2);
  buttons(d, 59.2, [23], 1.2);
  d.pen.line([[34.2, 40], [65.8, 40]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[31.3, 83], [47.3, 83]], 0.5, d.pal.line, { opacity: 0.55 });
  d.pen.line([[52.7, 83], [68.7, 83]], 0.5, d.pal.line, { opacity: 0.55 });
}

// Shoes face left; the sole runs along y 66..74.

function sole(d: Draw, color: RGB, thick = 8): Float32Array {
  return d.pen.fill([roundRect(14, 66, 72, thick, 3.5)], color);
}

function lightSole(pal: Palette): RGB {
  return luminance(pal.main) > 0.75 ? [204, 200, 192] : [244, 241, 234];
}

function sneaker(d: Draw): void {
  shadow(d, 50, 76, 38, 3);
  const upper = pb(16, 67).quad(15, 56, 29, 54).line(46, 48).line(56, 42).quad(66, 38, 77, 41).quad(85, 52, 85, 67).close();
  const mask = d.pen.fill([upper], d.pal.main);
  d.pattern(mask);
  d.pen.fill([roundRect(78, 41, 6, 21, 2)], d.pal.shade);
  sole(d, lightSole(d.pal));
  d.pen.line([[16, 69.5], [84, 69.5]], 0.5, d.pal.line, { opacity: 0.35 });
  d.pen.line(quadPoints([17, 62], [22, 55], [33, 54]), 0.5, d.pal.line, { opacity: 0.6 });
  for (const t of [0.15, 0.45, 0.75]) {
    const x = 46 + 10 * t;
    const y = 48 - 6 * t;
    d.pen.line([[x - 1, y + 0.8], [x + 2.2, y + 3]], 1, d.pal.light);
  }
  d.pen.line(quadPoints([50, 63], [62, 52], [72, 60]), 1.2, d.pal.shade);
}

function boot(d: Draw): void {
  shadow(d, 50, 76, 38, 3);
  const upper = pb(16, 67).quad(15, 56, 29, 54).line(48, 49).line(52, 20).line(77, 20).quad(82, 40, 85, 67).close();
  d.pen.fill([upper], d.pal.main);
  sole(d, [201, 164, 107]);
  d.pen.line([[52, 21], [77, 21]], 1.4, d.pal.shade);
  for (let i = 0; i < 3; i++) d.pen.line([[49 + i * 0.6, 44 - i * 8], [55 + i * 0.6, 45 - i * 8]], 0.9, d.pal.line);
  d.pen.line(quadPoints([47, 50], [58, 56], [60, 66]), 0.5, d.pal.line, { opacity: 0.6 });
}

function chelsea(d: Draw): void {
  shadow(d, 50, 76, 38, 3);
  const upper = pb(16, 67).quad(15, 56, 29, 54).line(49, 48).line(53, 18).line(78, 18).quad(82, 40, 85, 67).close();
  d.pen.fill([upper], d.pal.main);
  d.pen.fill([polygon([60, 18.5], [69, 18.5], [67, 46], [63, 46])], d.pal.shade);
  d.pen.line([[78, 19], [80, 11], [75, 11], [75.5, 19]], 0.9, d.pal.shade);
  sole(d, [52, 40, 33]);
  d.pen.fill([roundRect(70, 66, 16, 10, 2)], [52, 40, 33]);
}

function loafer(d: Draw): void {
  shadow(d, 50, 76, 38, 3);
  const upper = pb(16, 67).quad(14, 55, 29, 52).line(50, 45).quad(57, 51, 65, 49).line(83, 50).quad(86, 58, 85, 67).close();
  d.pen.fill([upper], d.pal.main);
  sole(d, [58, 42, 32], 6);
  d.pen.fill([polygon([35, 51.5], [50, 46.5], [51.5, 50.5], [36.5, 55.5])], d.pal.shade);
  d.pen.fill([ellipse(43.2, 51.1, 2.6, 0.9)], d.pal.line);
  d.pen.line(quadPoints([20, 59], [30, 51], [49, 47]), 0.5, d.pal.line, { opacity: 0.7 });
}

function espadrille(d: Draw): void {
  shadow(d, 50, 78, 38, 3);
  const upper = pb(16, 66).quad(14, 54, 28, 51).line(46, 46).quad(58, 53, 70, 50).line(84, 52).quad(86, 60, 85, 66).close();
  d.pen.fill([upper], d.pal.main);
  const jute = sole(d, [205, 180, 138], 10);
  const cords: Poly[] = [];
  for (let x = 15; x < 86; x += 2.2) cords.push(rect(x, 66, 0.5, 10));
  d.pen.fill(cords, [150, 122, 82], { clip: jute, opacity: 0.6 });
  d.pen.line(quadPoints([18, 60], [30, 51], [45, 48]), 0.5, d.pal.line, { opacity: 0.6 });
}

function mug(d: Draw): void {
  shadow(d, 48, 86, 24, 3);
  d.pen.fill([ellipse(67, 56, 13, 14), ellipse(67, 56, 7, 8.5)], d.pal.main, { rule: 'evenodd' });
  const body = pb(28, 32).line(66, 32).line(66, 78).quad(66, 85, 59, 85).line(35, 85).quad(28, 85, 28, 78).close();
  const mask = d.pen.fill([body], d.pal.main);
  d.pattern(mask);
  d.pen.fill([ellipse(47, 32, 19, 3.4)], d.pal.shade);
  d.pen.fill([ellipse(47, 33, 17, 2.3)], d.pal.line, { opacity: 0.35 });
  d.pen.fill([pb(31, 40).line(33.5, 40).line(33.5, 76).line(31, 76).close()], d.pal.light, { opacity: 0.35 });
}

function cup(d: Draw): void {
  shadow(d, 50, 84, 30, 3);
  d.pen.fill([ellipse(50, 79, 28, 6)], d.pal.shade);
  d.pen.fill([ellipse(50, 78, 24, 4.4)], d.pal.main);
  d.pen.fill([ellipse(66, 58, 7.5, 7.5), ellipse(66, 58, 4, 4)], d.pal.main, { rule: 'evenodd' });
  const body = pb(33, 48).line(66, 48).cubic(66, 65, 61, 76, 49.5, 76).cubic(38, 76, 33, 65, 33, 48).close();
  d.pen.fill([body], d.pal.main);
  d.pen.fill([ellipse(49.5, 48, 16.5, 2.8)], d.pal.shade);
  d.pen.fill([ellipse(49.5, 48.6, 14, 1.8)], [92, 62, 44]);
  d.pen.fill([pb(36.5, 52).line(38.5, 52).quad(39.5, 66, 44, 72).line(42.5, 72.6).quad(37, 66, 36.5, 52).close()], d.pal.light, { opacity: 0.35 });
}

function tumbler(d: Draw): void {
  shadow(d, 50, 87, 20, 2.8);
  const body = pb(35, 24).line(65, 24).line(62, 84).quad(62, 86, 60, 86).line(40, 86).quad(38, 86, 38, 84).close();
  const mask = d.pen.fill([body], d.pal.main);
  d.pattern(mask);
  const lid: RGB = luminance(d.pal.main) < 0.2 ? [86, 89, 95] : [46, 48, 53];
  d.pen.fill([roundRect(33, 15, 34, 10, 2.5)], lid);
  d.pen.fill([roundRect(43, 16.6, 14, 2, 1)], BLACK, { opacity: 0.5 });
  d.pen.fill([rect(35.8, 66, 27.5, 8)], d.pal.shade);
  d.pen.fill([pb(38, 28).line(40.5, 28).line(40.5, 80).line(39.6, 80).close()], d.pal.light, { opacity: 0.4 });
}

function cushionOutline(): Poly {
  return pb(17, 19).quad(50, 25, 83, 19).quad(77, 52, 83, 85).quad(50, 79, 17, 85).quad(23, 52, 17, 19).close();
}

function cushion(d: Draw): void {
  shadow(d, 50, 88, 34, 3);
  const outline = cushionOutline();
  const mask = d.pen.fill([outline], d.pal.main);
  d.pattern(mask);
  // Short creases running in from the corners, where the filling pulls the cover.
  for (const [cx, cy, dx, dy] of [[20, 22, 1, 1], [80, 22, -1, 1], [80, 82, -1, -1], [20, 82, 1, -1]] as const) {
    d.pen.line(quadPoints([cx, cy], [cx + 7 * dx, cy + 4 * dy], [cx + 11 * dx, cy + 9 * dy]), 0.5, d.pal.line, { opacity: 0.3 });
  }
  d.pen.fill([circle(50, 52, 2)], d.pal.shade);
  d.pen.line([...outline, outline[0] ?? [0, 0]], 1.1, d.pal.shade);
}

function throwBlanket(d: Draw): void {
  shadow(d, 50, 86, 38, 3);
  const fringe: Poly[] = [];
  for (let y = 37; y < 81; y += 2.4) fringe.push(...stroke([[83, y], [88.5, y + 0.6]], 0.7));
  d.pen.fill(fringe, d.pal.main);
  const mask = d.pen.fill([roundRect(14, 34, 70, 50, 3)], d.pal.main);
  d.pattern(mask);
  d.pen.fill([rect(14, 58, 70, 3)], d.pal.shade);
  d.pen.line([[14.5, 58], [83.5, 58]], 0.6, d.pal.line, { opacity: 0.6 });
  d.pen.fill([roundRect(14, 34, 70, 4, 2)], d.pal.light, { opacity: 0.35 });
}

function tote(d: Draw): void {
  shadow(d, 50, 88, 32, 3);
  d.pen.line(quadPoints([37, 41], [38, 6], [50, 8]), 2.4, d.pal.shade);
  d.pen.line(quadPoints([50, 8], [62, 6], [63, 41]), 2.4, d.pal.shade);
  const body = pb(25, 38).line(75, 38).line(79, 86).line(21, 86).close();
  const mask = d.pen.fill([body], d.pal.main);
  d.pattern(mask);
  d.pen.line([[25.4, 42], [74.6, 42]], 0.5, d.pal.line, { opacity: 0.6 });
  d.pen.fill([rect(35, 38, 4, 8), rect(61, 38, 4, 8)], d.pal.shade);
}

function crossbody(d: Draw): void {
  shadow(d, 50, 85, 30, 3);
  d.pen.line(quadPoints([28, 50], [50, -14], [72, 50]), 1.6, d.pal.shade);
  const mask = d.pen.fill([roundRect(24, 46, 52, 36, 7)], d.pal.main);
  d.pattern(mask);
  const flap = pb(24, 53).quad(24, 46, 31, 46).line(69, 46).quad(76, 46, 76, 53).line(76, 60).quad(50, 74, 24, 60).close();
  d.pen.fill([flap], d.pal.shade);
  d.pen.line(quadPoints([26.5, 59], [50, 71], [73.5, 59]), 0.5, d.pal.line, { opacity: 0.7 });
  d.pen.fill([circle(50, 65.5, 2.2)], [214, 182, 106]);
}

function backpack(d: Draw): void {
  shadow(d, 50, 88, 26, 3);
  d.pen.fill([roundRect(31, 11, 38, 13, 5)], d.pal.shade);
  const mask = d.pen.fill([roundRect(29, 20, 42, 66, 9)], d.pal.main);
  d.pattern(mask);
  d.pen.line([[31.5, 17], [68.5, 17]], 0.6, d.pal.line, { opacity: 0.6 });
  const pocket = roundRect(35, 52, 30, 26, 5);
  d.pen.fill([pocket], d.pal.shade);
  d.pen.line([[50, 13], [50, 38]], 3, d.pal.line);
  d.pen.fill([roundRect(46.5, 35, 7, 5, 1)], [40, 40, 42]);
}

function duffle(d: Draw): void {
  shadow(d, 50, 85, 38, 3);
  d.pen.line(quadPoints([37, 46], [50, 14], [63, 46]), 2.4, d.pal.line);
  const mask = d.pen.fill([roundRect(12, 42, 76, 40, 19)], d.pal.main);
  d.pattern(mask);
  d.pen.fill([ellipse(18, 62, 5, 16)], d.pal.shade);
  d.pen.fill([ellipse(82, 62, 5, 16)], d.pal.shade);
  d.pen.line([[26, 46], [74, 46]], 0.9, d.pal.line, { opacity: 0.8 });
  d.pen.fill([rect(35.5, 44, 3, 38), rect(61.5, 44, 3, 38)], [104, 70, 46]);
}

function beanie(d: Draw): void {
  shadow(d, 50, 80, 28, 3);
  const dome = pb(24, 60).cubic(24, 30, 40, 20, 50, 20).cubic(60, 20, 76, 30, 76, 60).close();
  const domeMask = d.pen.fill([dome], d.pal.main);
  const ribs: Poly[] = [];
  for (let x = 25; x < 76; x += 2.2) ribs.push(rect(x, 0, 0.4, 100));
  d.pen.fill(ribs, d.pal.line, { clip: domeMask, opacity: 0.25 });
  const bandMask = d.pen.fill([roundRect(22, 56, 56, 20, 4)], d.pal.shade);
  const bandRibs: Poly[] = [];
  for (let x = 23.5; x < 78; x += 2.2) bandRibs.push(rect(x, 56, 0.6, 20));
  d.pen.fill(bandRibs, d.pal.line, { clip: bandMask, opacity: 0.35 });
}

function scarf(d: Draw): void {
  shadow(d, 50, 88, 24, 3);
  // Folded over a wooden rail, both ends hanging down.
  d.pen.fill([roundRect(22, 15, 56, 3.5, 1.75)], [150, 112, 76]);
  const fold = roundRect(33, 13, 34, 9, 4.5);
  const back = polygon([53, 19], [65, 19], [66, 76], [54, 76]);
  const front = polygon([35, 19], [50, 19], [49, 82], [35, 82]);
  const fringe: Poly[] = [];
  for (let x = 36; x <= 48.5; x += 1.6) fringe.push(...stroke([[x, 82], [x - 0.2, 87]], 0.6));
  for (let x = 55; x <= 65.5; x += 1.6) fringe.push(...stroke([[x, 76], [x + 0.2, 81]], 0.6));
  d.pen.fill(fringe, d.pal.main);
  const mask = d.pen.fill([fold, back, front], d.pal.main);
  d.pattern(mask);
  d.pen.fill([back], d.pal.line, { opacity: 0.22 });
  d.pen.fill([fold], d.pal.light, { opacity: 0.18 });
}

function cap(d: Draw): void {
  shadow(d, 46, 70, 34, 3);
  const crown = pb(28, 60).cubic(28, 34, 40, 28, 52, 28).cubic(66, 28, 76, 38, 76, 60).close();
  d.pen.fill([crown], d.pal.main);
  d.pen.line(quadPoints([52, 29], [43, 40], [41, 60]), 0.5, d.pal.line, { opacity: 0.6 });
  d.pen.line(quadPoints([52, 29], [62, 40], [64, 60]), 0.5, d.pal.line, { opacity: 0.6 });
  d.pen.fill([circle(52, 28.6, 1.8)], d.pal.shade);
  const brim = pb(31, 57).quad(13, 56, 8, 65).quad(25, 66, 46, 62).line(46, 60).close();
  d.pen.fill([brim], d.pal.shade);
  d.pen.line([[28, 60], [76, 60]], 1, d.pal.shade);
  for (const [x, y] of [[37, 44], [61, 44]] as Pt[]) d.pen.fill([circle(x, y, 0.8, 16)], d.pal.line);
}

function bucket(d: Draw): void {
  shadow(d, 50, 80, 32, 3);
  const crown = pb(33, 57).line(35, 34).quad(36, 26, 50, 26).quad(64, 26, 65, 34).line(67, 57).close();
  d.pen.fill([crown], d.pal.main);
  d.pen.fill([polygon([33.6, 50], [66.4, 50], [66.8, 56], [33.2, 56])], d.pal.shade);
  for (const y of [36, 42]) d.pen.line([[35.2, y], [64.8, y]], 0.4, d.pal.line, { opacity: 0.5 });
  const brim = pb(18, 71).quad(21, 58, 33, 55).line(67, 55).quad(79, 58, 82, 71).quad(50, 77, 18, 71).close();
  d.pen.fill([brim], d.pal.main);
  d.pen.fill([brim], d.pal.shade, { opacity: 0.35 });
  d.pen.line(quadPoints([22, 68], [50, 73], [78, 68]), 0.4, d.pal.line, { opacity: 0.6 });
  d.pen.line(quadPoints([24, 64.5], [50, 69], [76, 64.5]), 0.4, d.pal.line, { opacity: 0.6 });
}

const MOTIFS: Readonly<Record<MotifKey, (d: Draw) => void>> = {
  tee,
  longsleeve,
  shirt,
  'camp-shirt': campShirt,
  tank,
  dress,
  'slip-dress': slipDress,
  sweater,
  cardigan,
  rollneck,
  hoodie,
  jacket,
  trousers,
  shorts,
  dungarees,
  sneaker,
  boot,
  chelsea,
  loafer,
  espadrille,
  mug,
  cup,
  tumbler,
  cushion,
  throw: throwBlanket,
  tote,
  crossbody,
  backpack,
  duffle,
  beanie,
  scarf,
  cap,
  bucket,
};

/** Where the close-up view looks: the most characteristic part of each drawing. */
const DETAIL_FOCUS: Partial<Record<MotifKey, Pt>> = {
  trousers: [50, 30],
  jacket: [50, 36],
  shorts: [50, 40],
  sneaker: [50, 56],
  mug: [50, 50],
};

/** Framing of the full view, for drawings that would otherwise sit off-centre or look small. */
const FRONT_FRAMING: Partial<Record<MotifKey, View>> = {
  sneaker: { zoom: 1.05, focus: [50, 57] },
  boot: { zoom: 1.05, focus: [50, 47] },
  chelsea: { zoom: 1.05, focus: [50, 47] },
  loafer: { zoom: 1.1, focus: [50, 60] },
  espadrille: { zoom: 1.1, focus: [50, 60] },
  cup: { zoom: 1.3, focus: [50, 64] },
  shorts: { zoom: 1.15, focus: [50, 46] },
  cap: { zoom: 1.1, focus: [45, 50] },
};

export function frontView(motif: MotifKey): View {
  return FRONT_FRAMING[motif] ?? FRONT_VIEW;
}

export function detailView(motif: MotifKey): View {
  return { zoom: 2, focus: DETAIL_FOCUS[motif] ?? [50, 40] };
}

/** Draws one product illustration and returns packed 8-bit RGB pixels. */
export function renderMotif(options: {
  motif: MotifKey;
  pattern: PatternKey | undefined;
  colorHex: string;
  size: number;
  view: View;
}): Uint8Array {
  const pal = paletteFor(options.colorHex);
  const canvas = new Canvas(options.size, options.size, pal.background);
  const pen = new Pen(canvas, options.view);
  MOTIFS[options.motif]({ pen, pal, pattern: (mask) => drawPattern(pen, options.pattern, mask, pal) });
  return canvas.toRgb8();
}
