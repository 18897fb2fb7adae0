/**
 * The left map of a side-by-side waterbed view: the comparison's start year (t0) on the same breaks and colours as
 * the end year on the right, with the same rings and camera.
 */
import { useMemo } from 'react';
import { classIndex, type Classification } from '../engine/classify';
import type { UnitValue } from '../data/queries';
import type { WaterbedResult } from '../pipeline/waterbed';
import type { Camera, ChoroplethMapProps, HoverInfo } from '../views/map/ChoroplethMap';
import { RING_COLORS } from '../views/waterbed/waterbed-model';
import { OUTSIDE_COLOR } from '../views/waterbed/map-key-model';
import { t, type Lang } from './i18n';
import { ChoroplethMap } from './lazy-views';

export interface T0MapProps {
  lang: Lang;
  result: WaterbedResult;
  /** The end year's rows (the units both maps show). */
  rows: readonly UnitValue[] | null;
  classification: Classification | null;
  colors: readonly string[];
  layerKey: string;
  geometry: ChoroplethMapProps['geometry'];
  label: string;
  rings: ChoroplethMapProps['rings'];
  marked: ChoroplethMapProps['marked'];
  camera: Camera | null;
  onCamera: (c: Camera) => void;
  onHover: (h: HoverInfo | null) => void;
  onSelect: (code: string) => void;
}

const none = () => undefined;

export function T0Map(p: T0MapProps) {
  const { result, rows, classification } = p;
  const classes = useMemo(() => {
    if (!classification) return null;
    const t0 = new Map(result.units.map((u) => [u.code, u.t0]));
    // Units outside the comparison get the extra colour (as on the right map), not the no-data grey.
    const outside = p.colors.length;
    return new Map((rows ?? []).map((r) => [r.code, t0.has(r.code) ? classIndex(t0.get(r.code) ?? null, classification.breaks) : outside]));
  }, [classification, result, rows, p.colors.length]);
  const colors = useMemo(() => [...p.colors, OUTSIDE_COLOR], [p.colors]);
  const focus = useMemo(() => result.units.map((u) => u.code), [result]);
  if (!classes) return null;
  return (
    <div className="map-half">
      <span className="map-tag">{result.request.from}</span>
      <ChoroplethMap
        lang={p.lang}
        layerKey={p.layerKey}
        geometry={p.geometry}
        classes={classes}
        colors={colors}
        gemeente={null}
        credit={t(p.lang, 'credit')}
        ariaLabel={`${p.label} ${result.request.from}`}
        onHover={p.onHover}
        onSelect={p.onSelect}
        onRendered={none}
        emphasised={null}
        selected={null}
        onViewCodes={none}
        rings={p.rings}
        ringColors={RING_COLORS}
        marked={p.marked}
        focus={focus}
        camera={p.camera}
        onCamera={p.onCamera}
        primary={false}
      />
    </div>
  );
}
