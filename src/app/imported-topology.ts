/**
 * Imported boundary layers for the engine worker (issue 9: a waterbed comparison on imported boundaries). The worker
 * reads boundary layers as TopoJSON from URLs and caches crosswalks and adjacency per URL set; an imported layer
 * (imported-boundaries.ts) has no URL, so it is turned into a topology here (topojson-server: shared borders become
 * shared arcs, the worker's contiguity then works as on the embedded layers) and handed over as a blob: URL. One URL
 * per layer version (`layerKey`, which changes when the layer's imports change): an unchanged layer keeps its URL,
 * and with it the worker's caches; a changed one gets a new URL (the old one is revoked).
 */
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { Level } from '../data/catalog';
import type { ImportedBoundarySource, LayerCollection } from './imported-boundaries';

/** Quantisation of an imported layer: ~1 cm over a gemeente, ~0.3 m over the Netherlands (vertices kept apart). */
const QUANTIZATION = 1e6;

/** An imported layer as a TopoJSON topology with object `units` (properties code, name, gemeente_code), as the embedded. */
export function layerTopology(collection: LayerCollection): Topology {
  const units: LayerCollection = { type: 'FeatureCollection', features: collection.features.filter((f) => f.geometry) };
  return topology({ units }, QUANTIZATION);
}

/** Blob URLs made so far: `level_year` → the layer version they are for. */
const made = new Map<string, { key: string; url: string }>();

/**
 * A URL the engine worker can fetch the imported layer of a level and year from; null when there is no such layer.
 * Browser only (Blob, URL.createObjectURL).
 */
export function importedTopologyUrl(source: ImportedBoundarySource, level: Level, year: number): string | null {
  const collection = source.layer(level, year);
  const slot = `${level}_${year}`;
  const old = made.get(slot);
  if (!collection) return null;
  const key = source.layerKey(level, year);
  if (old?.key === key) return old.url;
  if (old) URL.revokeObjectURL(old.url);
  const url = URL.createObjectURL(new Blob([JSON.stringify(layerTopology(collection))], { type: 'application/json' }));
  made.set(slot, { key, url });
  return url;
}
