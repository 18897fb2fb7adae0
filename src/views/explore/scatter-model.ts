/**
 * Scatter model: points with both values, their screen positions, a d3 quadtree for nearest-point lookup and for
 * rectangular (brush) selection, and Pearson's r. Pure; works in screen pixels so the hit radius is in pixels.
 */
import { extent, quadtree, type Quadtree, type QuadtreeLeaf } from 'd3';
import { sampleCorrelation } from 'simple-statistics';

export interface ScatterDatum {
  code: string;
  name?: string;
  x: number | null | undefined;
  y: number | null | undefined;
}

export interface ScatterPoint {
  code: string;
  name?: string;
  x: number;
  y: number;
}

export interface ScreenPoint extends ScatterPoint {
  px: number;
  py: number;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Units with both values finite; `dropped` counts the rest. */
export function scatterPoints(data: readonly ScatterDatum[]): { points: ScatterPoint[]; dropped: number } {
  const points: ScatterPoint[] = [];
  for (const d of data) {
    if (finite(d.x) && finite(d.y)) points.push({ code: d.code, ...(d.name !== undefined ? { name: d.name } : {}), x: d.x, y: d.y });
  }
  return { points, dropped: data.length - points.length };
}

/** Extent widened by `pad` (a fraction of the span) on both sides; a single value becomes v ± 1 (or ± |v|·pad). */
export function paddedExtent(values: readonly number[], pad = 0.04): [number, number] {
  const [lo, hi] = extent(values) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) return [0, 1];
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * pad || 1;
    return [lo - d, hi + d];
  }
  const d = (hi - lo) * pad;
  return [lo - d, hi + d];
}

export function projectPoints(points: readonly ScatterPoint[], sx: (v: number) => number, sy: (v: number) => number): ScreenPoint[] {
  return points.map((p) => ({ ...p, px: sx(p.x), py: sy(p.y) }));
}

export function buildQuadtree(points: readonly ScreenPoint[]): Quadtree<ScreenPoint> {
  return quadtree<ScreenPoint>()
    .x((d) => d.px)
    .y((d) => d.py)
    .addAll(points as ScreenPoint[]);
}

/** The point nearest to (px, py) within `radius` pixels, or null. */
export function nearestPoint(tree: Quadtree<ScreenPoint>, px: number, py: number, radius = 8): ScreenPoint | null {
  return tree.find(px, py, radius) ?? null;
}

/**
 * Codes of the points inside the screen rectangle [[x0, y0], [x1, y1]] (edges inclusive; corners in any order),
 * visiting only the quadtree cells that intersect it.
 */
export function pointsInRect(tree: Quadtree<ScreenPoint>, rect: readonly [readonly [number, number], readonly [number, number]]): string[] {
  const x0 = Math.min(rect[0][0], rect[1][0]);
  const x1 = Math.max(rect[0][0], rect[1][0]);
  const y0 = Math.min(rect[0][1], rect[1][1]);
  const y1 = Math.max(rect[0][1], rect[1][1]);
  const out: string[] = [];
  tree.visit((node, nx0, ny0, nx1, ny1) => {
    if (!node.length) {
      // A leaf; points at identical positions are chained through `next`.
      for (let leaf: QuadtreeLeaf<ScreenPoint> | undefined = node as QuadtreeLeaf<ScreenPoint>; leaf; leaf = leaf.next) {
        const d = leaf.data;
        if (d.px >= x0 && d.px <= x1 && d.py >= y0 && d.py <= y1) out.push(d.code);
      }
    }
    // Skip children of cells that do not intersect the rectangle.
    return nx0 > x1 || nx1 < x0 || ny0 > y1 || ny1 < y0;
  });
  return out;
}

/** Codes of points with x in [xRange] and y in [yRange] (data units; bounds in any order) — the reference for pointsInRect. */
export function pointsInDataRect(
  points: readonly ScatterPoint[],
  xRange: readonly [number, number],
  yRange: readonly [number, number],
): string[] {
  const [xa, xb] = [Math.min(...xRange), Math.max(...xRange)];
  const [ya, yb] = [Math.min(...yRange), Math.max(...yRange)];
  return points.filter((p) => p.x >= xa && p.x <= xb && p.y >= ya && p.y <= yb).map((p) => p.code);
}

/** Pearson correlation of x and y, or null with fewer than 3 points or no variance. */
export function pearson(points: readonly ScatterPoint[]): number | null {
  if (points.length < 3) return null;
  const r = sampleCorrelation(
    points.map((p) => p.x),
    points.map((p) => p.y),
  );
  return Number.isFinite(r) ? r : null;
}
