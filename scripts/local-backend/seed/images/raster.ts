// A small anti-aliased polygon rasterizer for the demo product drawings. Shapes are closed polygons
// (curves are flattened when built); each fill computes per-pixel coverage with several sample rows
// per pixel and exact horizontal span coverage, then blends a flat colour into an RGB float buffer.

export type Pt = readonly [number, number];
export type Poly = readonly Pt[];
export type RGB = readonly [number, number, number];

export type FillRule = 'nonzero' | 'evenodd';

const SUBSAMPLES = 5;

interface Edge {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly dir: 1 | -1;
}

function signedArea(poly: Poly): number {
  let area = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i] ?? [0, 0];
    const [x1, y1] = poly[(i + 1) % poly.length] ?? [0, 0];
    area += x0 * y1 - x1 * y0;
  }
  return area / 2;
}

/** Per-pixel coverage (0..1) of the given polygons. */
export function coverage(width: number, height: number, polys: readonly Poly[], rule: FillRule): Float32Array {
  const cov = new Float32Array(width * height);
  const edges: Edge[] = [];
  let minY = Infinity;
  let maxY = -Infinity;
  for (const poly of polys) {
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i];
      const b = poly[(i + 1) % poly.length];
      if (!a || !b || a[1] === b[1]) continue;
      edges.push(a[1] < b[1] ? { x0: a[0], y0: a[1], x1: b[0], y1: b[1], dir: 1 } : { x0: b[0], y0: b[1], x1: a[0], y1: a[1], dir: -1 });
      minY = Math.min(minY, a[1], b[1]);
      maxY = Math.max(maxY, a[1], b[1]);
    }
  }
  if (edges.length === 0) return cov;
  const weight = 1 / SUBSAMPLES;
  const crossings: Array<{ x: number; dir: 1 | -1 }> = [];
  const yStart = Math.max(0, Math.floor(minY));
  const yEnd = Math.min(height - 1, Math.ceil(maxY));
  for (let py = yStart; py <= yEnd; py++) {
    const rowOffset = py * width;
    for (let s = 0; s < SUBSAMPLES; s++) {
      const y = py + (s + 0.5) / SUBSAMPLES;
      crossings.length = 0;
      for (const e of edges) {
        if (y >= e.y0 && y < e.y1) crossings.push({ x: e.x0 + ((y - e.y0) * (e.x1 - e.x0)) / (e.y1 - e.y0), dir: e.dir });
      }
      if (crossings.length < 2) continue;
      crossings.sort((p, q) => p.x - q.x);
      let winding = 0;
      let count = 0;
      let spanStart = 0;
      for (const c of crossings) {
        const wasInside = rule === 'nonzero' ? winding !== 0 : count % 2 === 1;
        winding += c.dir;
        count++;
        const isInside = rule === 'nonzero' ? winding !== 0 : count % 2 === 1;
        if (!wasInside && isInside) spanStart = c.x;
        else if (wasInside && !isInside) addSpan(cov, rowOffset, width, spanStart, c.x, weight);
      }
    }
  }
  for (let i = 0; i < cov.length; i++) if ((cov[i] ?? 0) > 1) cov[i] = 1;
  return cov;
}

function addSpan(cov: Float32Array, rowOffset: number, width: number, from: number, to: number, weight: number): void {
  const xa = Math.max(0, Math.min(width, from));
  const xb = Math.max(0, Math.min(width, to));
  if (xb <= xa) return;
  const ia = Math.floor(xa);
  const ib = Math.floor(xb);
  if (ia === ib) {
    cov[rowOffset + ia] = (cov[rowOffset + ia] ?? 0) + (xb - xa) * weight;
    return;
  }
  cov[rowOffset + ia] = (cov[rowOffset + ia] ?? 0) + (ia + 1 - xa) * weight;
  for (let i = ia + 1; i < ib; i++) cov[rowOffset + i] = (cov[rowOffset + i] ?? 0) + weight;
  if (ib < width) cov[rowOffset + ib] = (cov[rowOffset + ib] ?? 0) + (xb - ib) * weight;
}

export interface FillOptions {
  readonly rule?: FillRule;
  /** Multiplies the coverage, e.g. to keep a pattern inside a garment. */
  readonly clip?: Float32Array;
  readonly opacity?: number;
}

export class Canvas {
  readonly pixels: Float32Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: RGB,
  ) {
    this.pixels = new Float32Array(width * height * 3);
    for (let i = 0; i < width * height; i++) {
      this.pixels[i * 3] = background[0];
      this.pixels[i * 3 + 1] = background[1];
      this.pixels[i * 3 + 2] = background[2];
    }
  }

  /** Fills the polygons (pixel coordinates) with `color` and returns the coverage mask used. */
  fill(polys: readonly Poly[], color: RGB, options: FillOptions = {}): Float32Array {
    const cov = coverage(this.width, this.height, polys, options.rule ?? 'nonzero');
    const opacity = options.opacity ?? 1;
    const clip = options.clip;
    const px = this.pixels;
    for (let i = 0; i < cov.length; i++) {
      let a = cov[i] ?? 0;
      if (a === 0) continue;
      if (clip) a *= clip[i] ?? 0;
      a *= opacity;
      if (a === 0) continue;
      const o = i * 3;
      px[o] = (px[o] ?? 0) + (color[0] - (px[o] ?? 0)) * a;
      px[o + 1] = (px[o + 1] ?? 0) + (color[1] - (px[o + 1] ?? 0)) * a;
      px[o + 2] = (px[o + 2] ?? 0) + (color[2] - (px[o + 2] ?? 0)) * a;
    }
    return cov;
  }

  /** Packed 8-bit RGB. Values are rounded, so the same drawing always gives the same bytes. */
  toRgb8(): Uint8Array {
    const out = new Uint8Array(this.pixels.length);
    for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round(this.pixels[i] ?? 0)));
    return out;
  }
}

// ---- shape builders (coordinates in whatever space the caller uses; see Pen in motifs.ts) ----

/** Builds one closed outline from straight and curved segments. */
export class PathBuilder {
  private readonly points: Pt[] = [];

  constructor(x: number, y: number) {
    this.points.push([x, y]);
  }

  private get last(): Pt {
    return this.points[this.points.length - 1] ?? [0, 0];
  }

  line(x: number, y: number): this {
    this.points.push([x, y]);
    return this;
  }

  quad(cx: number, cy: number, x: number, y: number, steps = 16): this {
    const [x0, y0] = this.last;
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const u = 1 - t;
      this.points.push([u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y]);
    }
    return this;
  }

  cubic(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number, steps = 20): this {
    const [x0, y0] = this.last;
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const u = 1 - t;
      this.points.push([
        u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x,
        u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y,
      ]);
    }
    return this;
  }

  /** Arc around (cx, cy) from angle a0 to a1 (radians, y down), continuing the outline. */
  arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, steps = 24): this {
    for (let i = 0; i <= steps; i++) {
      const a = a0 + ((a1 - a0) * i) / steps;
      this.points.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
    }
    return this;
  }

  close(): Poly {
    return [...this.points];
  }
}

export function polygon(...pts: Pt[]): Poly {
  return pts;
}

export function rect(x: number, y: number, w: number, h: number): Poly {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, steps = 72): Poly {
  const pts: Pt[] = [];
  for (let i = 0; i < steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    pts.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return pts;
}

export function circle(cx: number, cy: number, r: number, steps = 48): Poly {
  return ellipse(cx, cy, r, r, steps);
}

export function roundRect(x: number, y: number, w: number, h: number, r: number): Poly {
  const rr = Math.min(r, w / 2, h / 2);
  const pts: Pt[] = [];
  const corner = (cx: number, cy: number, start: number) => {
    for (let i = 0; i <= 8; i++) {
      const a = start + (i / 8) * (Math.PI / 2);
      pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
    }
  };
  corner(x + w - rr, y + rr, -Math.PI / 2);
  corner(x + w - rr, y + h - rr, 0);
  corner(x + rr, y + h - rr, Math.PI / 2);
  corner(x + rr, y + rr, Math.PI);
  return pts;
}

/**
 * A polyline stroked with round joins and caps, as a set of polygons that all wind the same way,
 * so a nonzero fill gives their union.
 */
export function stroke(points: readonly Pt[], width: number): Poly[] {
  const half = width / 2;
  const polys: Poly[] = [];
  const orient = (poly: Poly): Poly => (signedArea(poly) < 0 ? [...poly].reverse() : poly);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (!a || !b) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    const nx = (-dy / len) * half;
    const ny = (dx / len) * half;
    polys.push(
      orient([
        [a[0] + nx, a[1] + ny],
        [b[0] + nx, b[1] + ny],
        [b[0] - nx, b[1] - ny],
        [a[0] - nx, a[1] - ny],
      ]),
    );
  }
  for (const p of points) polys.push(orient(circle(p[0], p[1], half, 16)));
  return polys;
}

/** Points along a quadratic curve, for strokes. */
export function quadPoints(a: Pt, c: Pt, b: Pt, steps = 16): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    pts.push([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]);
  }
  return pts;
}
