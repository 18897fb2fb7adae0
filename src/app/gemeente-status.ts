/**
 * Is a gemeente code (from the URL, a link or a click) something the map can show in the chosen year? If not: does
 * it exist at all, when was it last in the data, and which current gemeente took over its area?
 *
 * The successor is derived from the boundaries themselves: the current-year gemeente with the largest area overlap
 * with the old gemeente (exact overlay areas from geo/overlay.ts, one unit against one layer — milliseconds). For a
 * merger that is the gemeente it merged into (GM0393 Haarlemmerliede en Spaarnwoude → GM0394 Haarlemmermeer in
 * 2019); for a split, the part that took most of it.
 */
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Catalog, Level } from '../data/catalog';
import { overlayAreas, type AreaFeature } from '../geo/overlay';
import type { DataService, UnitCollection } from './data-service';

export type GemeenteStatus =
  | { kind: 'ok' }
  | { kind: 'unknown'; code: string }
  | { kind: 'no_wijken'; code: string; name: string; year: number }
  | { kind: 'gone'; code: string; name: string; year: number; last: number; successor: { code: string; name: string } | null };

/** A variable with values at `level` in `year` (population when it has them). */
export function anyVariable(catalog: Catalog, level: Level, year: number): string | null {
  const has = (id: string) => catalog.variables.find((v) => v.id === id)?.availability[level]?.includes(year) ?? false;
  if (has('population')) return 'population';
  return catalog.variables.find((v) => v.availability[level]?.includes(year))?.id ?? null;
}

/** Years with gemeente statistics, newest first. */
function gemeenteYears(catalog: Catalog): number[] {
  return [...new Set(catalog.variables.flatMap((v) => v.availability.gemeente ?? []))].sort((a, b) => b - a);
}

/**
 * The newest year in which `code` has a gemeente row, with its name then. Rows without a name are placeholders, not
 * gemeenten (CBS's GM9999 in 2012: the Belgian enclaves inside Baarle-Nassau).
 */
async function lastSeen(service: DataService, code: string): Promise<{ year: number; name: string } | null> {
  for (const year of gemeenteYears(service.catalog)) {
    const variable = anyVariable(service.catalog, 'gemeente', year);
    if (!variable) continue;
    const row = (await service.values('gemeente', year, variable)).find((r) => r.code === code && r.name);
    if (row) return { year, name: row.name };
  }
  return null;
}

/** The unit of `layer` that overlaps `unit` most (by area), or null when none does. */
export function largestOverlap(unit: Feature, layer: readonly Feature[]): { code: string; name: string; share: number } | null {
  const [w, so, e, n] = bbox(unit);
  const near = layer.filter((f) => {
    const [fw, fs, fe, fn] = bbox(f);
    return fw <= e && fe >= w && fs <= n && fn >= so;
  });
  const ov = overlayAreas([unit as AreaFeature], near as AreaFeature[]);
  const best = ov.pairs.reduce<(typeof ov.pairs)[number] | null>((b, p) => (!b || p.areaKm2 > b.areaKm2 ? p : b), null);
  if (!best) return null;
  const props = near[best.to]!.properties as { code: string; name?: string };
  return { code: props.code, name: props.name ?? props.code, share: best.areaKm2 / ov.fromAreaKm2[0]! };
}

const findUnit = (fc: UnitCollection, code: string) => fc.features.find((f) => f.properties.code === code);

/** Successor of `code` (last seen in `last`) among the gemeenten of `year`, from the boundary layers. */
async function successorOf(service: DataService, code: string, last: number, year: number): Promise<{ code: string; name: string } | null> {
  const years = service.catalog.geometry.gemeente ?? [];
  const oldYears = years.filter((y) => y <= last).sort((a, b) => b - a);
  const newYear = years.includes(year) ? year : Math.max(...years.filter((y) => y > last));
  if (!Number.isFinite(newYear)) return null;
  for (const y of oldYears) {
    const old = findUnit(await service.geometry('gemeente', y), code);
    if (!old) continue;
    const hit = largestOverlap(old, (await service.geometry('gemeente', newYear)).features);
    return hit ? { code: hit.code, name: hit.name } : null;
  }
  return null;
}

/**
 * What the wijk map of `code` in `year` can show. Rejects when the data cannot be loaded (the caller shows the load
 * failure instead and checks again after a retry).
 */
export async function gemeenteStatus(service: DataService, code: string, year: number): Promise<GemeenteStatus> {
  const variable = anyVariable(service.catalog, 'wijk', year);
  if (variable && (await service.values('wijk', year, variable, code)).length > 0) return { kind: 'ok' };
  const seen = await lastSeen(service, code);
  if (!seen) return { kind: 'unknown', code };
  if (seen.year >= year) return { kind: 'no_wijken', code, name: seen.name, year };
  const successor = await successorOf(service, code, seen.year, year).catch(() => null);
  return { kind: 'gone', code, name: seen.name, year, last: seen.year, successor };
}

/** Does a selected unit code (gemeente or wijk) exist in any year of the data? */
export async function unitExists(service: DataService, code: string): Promise<boolean> {
  if (code.startsWith('GM')) return (await lastSeen(service, code)) !== null;
  if (code.startsWith('BU')) return (await service.unit('buurt', code)).length > 0;
  const wijkYears = [...new Set(service.catalog.variables.flatMap((v) => v.availability.wijk ?? []))];
  for (const year of wijkYears) {
    const variable = anyVariable(service.catalog, 'wijk', year);
    if (variable && (await service.values('wijk', year, variable)).some((r) => r.code === code)) return true;
  }
  return false;
}
