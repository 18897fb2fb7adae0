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
    return new Map((rows ?? []).map((r) => [r.code, classIndex(t0.get(r.code) ?? null, classification.breaks)]));
  }, [classification, result, rows]);
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
        colors={p.colors}
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
