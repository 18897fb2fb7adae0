/**
 * MapLibre choropleth. Geometry for a level/year is added as a source once and then only shown/hidden;
 * classes arrive as feature-state. Emits hover and click with the unit code. Knows nothing about DuckDB.
 * A layer the user will probably open next (`preload`, e.g. the wijken before a drill-down) is added hidden, so
 * MapLibre's worker has indexed it before it is needed. While the current view is not painted, a loading sign
 * shows after LOADING_DELAY_MS. Marks segv:restyle-applied (feature-state set) and segv:painted (the frame after
 * the map's idle) on the primary map. Keyboard: with the map focused, MapLibre's keys pan and zoom, a cross marks the
 * centre, a status line names the unit under it and Enter (or Space) picks it as a click would (useKeyboardPick).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { AttributionControl, Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang } from '../../app/i18n';
import { applyMapLocale, documentLang } from './map-locale';
import type { ChoroplethMapProps } from './map-props';
import { useKeyboardPick } from './use-keyboard-pick';
import { useMapInstance } from './use-map-instance';
import { useMapCamera, useMapLayers } from './use-map-layers';
import { useMarks, useRestyle } from './use-restyle';

export type { Camera, ChoroplethMapProps, HoverInfo } from './map-props';

setWorkerUrl(workerUrl);

const LOADING_DELAY_MS = 300;

/**
 * Keeps MapLibre's controls in the UI language: the credit (re-added when its text changes) and the controls' labels,
 * rewritten when `lang` or the page's <html lang> changes.
 */
function useMapLanguage(
  mapRef: RefObject<MlMap | null>,
  container: RefObject<HTMLDivElement | null>,
  attribution: RefObject<AttributionControl | null>,
  credit: string,
  lang: Lang | undefined,
) {
  const shownCredit = useRef(credit);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || shownCredit.current === credit) return;
    if (attribution.current) map.removeControl(attribution.current);
    attribution.current = new AttributionControl({ compact: false, customAttribution: credit });
    map.addControl(attribution.current, 'bottom-right');
    shownCredit.current = credit;
    if (container.current) applyMapLocale(container.current, lang ?? documentLang());
  }, [mapRef, container, attribution, credit, lang]);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    applyMapLocale(el, lang ?? documentLang());
    if (lang) return;
    const observer = new MutationObserver(() => applyMapLocale(el, documentLang()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, [container, lang]);
}

export function ChoroplethMap(props: ChoroplethMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const hovered = useRef<{ key: string; code: string } | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const m = useMapInstance(container, latest);
  /** The classes last painted: the view is loading while they are not the current ones. */
  const [painted, setPainted] = useState<Map<string, number> | null>(null);
  const loading = useDelayed(!props.geometry || !props.classes || painted !== props.classes, LOADING_DELAY_MS);
  useMapLanguage(m.mapRef, container, m.attribution, props.credit, props.lang);
  const keyPick = useKeyboardPick(m.mapRef, latest, m.styleReady);
  useMapLayers(m, props, latest, hovered);
  useMapCamera(m, props);
  useRestyle(m, props, latest, setPainted);
  useMarks(m, props);
  return (
    <div ref={container} className="map" role="region" aria-label={props.ariaLabel} aria-busy={loading || undefined}>
      {loading ? (
        <div className="map-loading" role="status">
          {props.loadingLabel ?? 'Laden… / Loading…'}
        </div>
      ) : null}
      {keyPick}
    </div>
  );
}

/** `flag`, but turning true only after it stayed true for `ms` (no flash for quick changes). */
function useDelayed(flag: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!flag) {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), ms);
    return () => clearTimeout(timer);
  }, [flag, ms]);
  return flag && late;
}
