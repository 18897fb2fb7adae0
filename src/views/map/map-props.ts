/** Props of the choropleth map (ChoroplethMap.tsx) and the shapes its callbacks carry. */
import type { UnitCollection } from '../../app/data-service';
import type { Lang } from '../../app/i18n';

export interface HoverInfo {
  code: string;
  x: number;
  y: number;
}

export interface ChoroplethMapProps {
  /** e.g. "gemeente_2022"; one source per key. */
  layerKey: string;
  geometry: UnitCollection | null;
  /** code → class index (-1 no data). Undefined while values load. */
  classes: Map<string, number> | null;
  colors: readonly string[];
  /** Show only the wijken of this gemeente and zoom to it. */
  gemeente: string | null;
  credit: string;
  /** Language of MapLibre's controls; by default the page's <html lang>, followed when it changes. */
  lang?: Lang;
  ariaLabel: string;
  onHover: (h: HoverInfo | null) => void;
  onSelect: (code: string) => void;
  /** Called on the first idle after classes were applied (for the ready flag / timings). */
  onRendered: (layerKey: string) => void;
  /** Units to keep at full colour (a brushed selection); the others are faded. Null = none faded. */
  emphasised: ReadonlySet<string> | null;
  /** The selected unit, outlined. */
  selected: string | null;
  /** Codes of the units in the current view, after every move (for "classes over the units in view"). */
  onViewCodes: (codes: string[]) => void;
  /** Waterbed rings: code → ring, outlined in `ringColors`. */
  rings?: ReadonlyMap<string, 'target' | 'ring1' | 'ring2' | 'rest'> | null;
  ringColors?: Readonly<Record<string, string>>;
  /** Units drawn with a dashed warning outline (e.g. a waterbed unit whose boundary conversion does not fit). */
  marked?: ReadonlySet<string> | null;
  /** Zoom to these units when the list changes (e.g. a waterbed comparison's target, rings and rest). */
  focus?: readonly string[] | null;
  /** Side-by-side maps: the shared camera, and a callback when the user moves this map. */
  camera?: Camera | null;
  onCamera?: (c: Camera) => void;
  /** The map exposed to tests as window.__segvMap (default true; false for a second, synced map). */
  primary?: boolean;
  /** A layer to add hidden now, so that showing it later is quick. */
  preload?: { layerKey: string; geometry: UnitCollection } | null;
  /** Text of the loading sign. */
  loadingLabel?: string;
}

export interface Camera {
  center: [number, number];
  zoom: number;
}
