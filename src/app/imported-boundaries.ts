/**
 * Imported boundaries as map layers (issue 9: "imported boundaries make a level mappable"). The user's GeoJSON
 * imports (src/features/import, parsed to WGS84 BoundaryFeatures) are grouped into one layer per level and year:
 * the level comes from each code (GM…, WK…, BU…, Amsterdam's letter codes included: BU0363KA05 lies in wijk
 * WK0363KA of gemeente GM0363), the year from the file (or a year in its name, else the given default). Codes that
 * match no known unit of their level (e.g. a buurt code absent from the buurt statistics) are skipped and reported
 * with a few examples. A later import wins for a code imported twice.
 *
 * `ImportedBoundarySource` is the data service's source for level/years without embedded boundaries: it answers
 * once the imports were restored (`wait`), and gives each layer a key that changes when its features change, so the
 * map uploads a new version once and restyles it through feature-state afterwards. Pure: no DOM, no IndexedDB.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Level } from '../data/catalog';
import type { BoundaryFeature, ImportLevel } from '../data/import';
import { buurtParents, gemeenteOfArea, isBuurtCode, WIJK_CODE_RE } from '../data/buurt-codes';

/** The shape of the data service's UnitCollection (declared here: the data service imports this file). */
export type LayerCollection = FeatureCollection<Geometry, { code: string; name: string; gemeente_code?: string }>;
type UnitCollection = LayerCollection;

/** One usable boundary import. */
export interface BoundaryImport {
  id: string;
  fileName: string;
  /** Year from the file's contents, when it says. */
  year: number | null;
  features: readonly BoundaryFeature[];
}

/** Codes of one file that were left out of a layer. */
export interface SkippedCodes {
  fileName: string;
  level: ImportLevel;
  year: number;
  count: number;
  /** The first few codes. */
  examples: string[];
}

export interface BoundaryLayer {
  level: ImportLevel;
  year: number;
  collection: UnitCollection;
  /** Gemeenten with at least one unit in the layer. */
  gemeenten: ReadonlySet<string>;
  /** Names of the files it comes from. */
  files: string[];
  /** Which imports and codes make it up (a change gives the layer a new key). */
  signature: string;
}

export interface Registration {
  /** `${level}_${year}` → layer. */
  layers: ReadonlyMap<string, BoundaryLayer>;
  skipped: SkippedCodes[];
}

export const EMPTY_REGISTRATION: Registration = { layers: new Map(), skipped: [] };

/** Whether a code is a known unit of its level in that year; null = nothing known for it (every code accepted). */
export type KnownCodes = (level: ImportLevel, year: number, code: string) => boolean | null;

const EXAMPLES = 5;

/** Level and gemeente of a canonical CBS code, from the code alone; null for anything else. */
export function placeOfCode(code: string): { level: ImportLevel; gemeente: string; wijk: string | null } | null {
  if (isBuurtCode(code)) {
    const p = buurtParents(code)!;
    return { level: 'buurt', gemeente: p.gemeente_code, wijk: p.wijk_code };
  }
  if (WIJK_CODE_RE.test(code)) return { level: 'wijk', gemeente: gemeenteOfArea(code), wijk: null };
  if (/^GM\d{4}$/.test(code)) return { level: 'gemeente', gemeente: code, wijk: null };
  return null;
}

/** A year (2000–2099) standing alone in a file name (buurten-bunnik-2024.geojson → 2024), else null. */
export function yearOfFileName(fileName: string): number | null {
  const m = /(?:^|[^0-9])(20\d\d)(?![0-9])/.exec(fileName);
  return m ? Number(m[1]) : null;
}

export const layerKeyOf = (level: string, year: number): string => `${level}_${year}`;

/** The layers of every usable boundary import, oldest first (a later one wins per code). */
export function registerBoundaries(imports: readonly BoundaryImport[], known: KnownCodes, defaultYear: number): Registration {
  const byKey = new Map<string, Map<string, UnitCollection['features'][number]>>();
  const sources = new Map<string, Map<string, string>>();
  const skipped: SkippedCodes[] = [];
  for (const imp of imports) {
    const year = imp.year ?? yearOfFileName(imp.fileName) ?? defaultYear;
    const left = new Map<ImportLevel, string[]>();
    for (const f of imp.features) {
      const place = placeOfCode(f.code);
      if (!place || known(place.level, year, f.code) === false) {
        const level = place?.level ?? f.level;
        left.set(level, [...(left.get(level) ?? []), f.code]);
        continue;
      }
      const key = layerKeyOf(place.level, year);
      if (!byKey.has(key)) byKey.set(key, new Map());
      if (!sources.has(key)) sources.set(key, new Map());
      sources.get(key)!.set(imp.id, imp.fileName);
      byKey.get(key)!.set(f.code, {
        type: 'Feature',
        geometry: f.geometry,
        properties: { code: f.code, name: f.name ?? f.code, gemeente_code: place.gemeente },
      });
    }
    for (const [level, codes] of left)
      skipped.push({ fileName: imp.fileName, level, year, count: codes.length, examples: codes.slice(0, EXAMPLES) });
  }
  const layers = new Map<string, BoundaryLayer>();
  for (const [key, feats] of byKey) {
    const [level, year] = key.split('_') as [ImportLevel, string];
    const features = [...feats.values()];
    layers.set(key, {
      level,
      year: Number(year),
      collection: { type: 'FeatureCollection', features },
      gemeenten: new Set(features.map((f) => f.properties.gemeente_code!)),
      files: [...new Set(sources.get(key)!.values())],
      signature: `${[...sources.get(key)!.keys()].join('+')}:${features.map((f) => f.properties.code).join(',')}`,
    });
  }
  return { layers, skipped };
}

/** Years of a level with an imported layer that has units of `gemeente` (newest first). */
export function yearsFor(reg: Registration, level: ImportLevel, gemeente: string): number[] {
  return [...reg.layers.values()]
    .filter((l) => l.level === level && l.gemeenten.has(gemeente))
    .map((l) => l.year)
    .sort((a, b) => b - a);
}

/**
 * How long a view of an imported layer waits for the restored imports before it is told there is none. Checking
 * buurt codes needs the buurt statistics, i.e. DuckDB, which the buurt values need as well: this only caps a hang.
 */
const WAIT_MS = 300_000;

/** The data service's source of imported layers (set by the app once the imports are restored and checked). */
export class ImportedBoundarySource {
  private reg: Registration = EMPTY_REGISTRATION;
  private readonly revisions = new Map<string, { signature: string; rev: number }>();
  private settle!: () => void;
  private readonly settled = new Promise<void>((resolve) => (this.settle = resolve));
  private readonly listeners = new Set<() => void>();

  /** Be told when the layers change (useSyncExternalStore with `registration` as the snapshot). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The layers to serve from now on (the first call also releases the views waiting for them). */
  set(reg: Registration): void {
    this.reg = reg;
    for (const [key, layer] of reg.layers) {
      const old = this.revisions.get(key);
      if (!old) this.revisions.set(key, { signature: layer.signature, rev: 1 });
      else if (old.signature !== layer.signature) this.revisions.set(key, { signature: layer.signature, rev: old.rev + 1 });
    }
    this.settle();
    this.listeners.forEach((l) => l());
  }

  get registration(): Registration {
    return this.reg;
  }

  readonly getRegistration = (): Registration => this.reg;

  layer(level: Level, year: number): UnitCollection | null {
    return this.reg.layers.get(layerKeyOf(level, year))?.collection ?? null;
  }

  /**
   * The map's key for a level/year: `level_year`, with `_r<n>` once an imported layer changed (a new upload then).
   */
  layerKey(level: Level, year: number): string {
    const key = layerKeyOf(level, year);
    const rev = this.reg.layers.has(key) ? (this.revisions.get(key)?.rev ?? 1) : 1;
    return rev > 1 ? `${key}_r${rev}` : key;
  }

  /** The layer once the imports are known (null when there is none, or they take longer than WAIT_MS). */
  async wait(level: Level, year: number): Promise<UnitCollection | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.settled, new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_MS)))]);
    clearTimeout(timer);
    return this.layer(level, year);
  }
}
