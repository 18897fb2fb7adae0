/**
 * Picking on the map from the keyboard. MapLibre's canvas is focusable and its keyboard handler pans (arrows) and
 * zooms (+/−); this adds, while the canvas has keyboard focus, a cross at the centre, a status line naming the unit
 * under it (updated after every move) and Enter or Space to pick that unit: the same onSelect a click calls.
 */
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import type { Lang } from '../../app/i18n';
import { tk, tkf } from '../keyboard/strings';
import { documentLang } from './map-locale';
import { isDrawn } from './layer-parking';
import { fillLayerId } from './map-style';
import '../keyboard/keyboard.css';

interface PickProps {
  layerKey: string;
  lang?: Lang;
  onSelect: (code: string) => void;
}

/** The unit drawn at the centre of the map's canvas (code and name), or null. */
export function unitAtCentre(map: MlMap, layerKey: string): { code: string; name: string } | null {
  const layer = fillLayerId(layerKey);
  if (!isDrawn(map, layerKey)) return null;
  const c = map.getCanvas();
  const f = map.queryRenderedFeatures([c.clientWidth / 2, c.clientHeight / 2], { layers: [layer] })[0];
  return f ? { code: String(f.properties.code), name: String(f.properties.name ?? f.properties.code) } : null;
}

export function useKeyboardPick(mapRef: RefObject<MlMap | null>, latest: RefObject<PickProps>, styleReady: boolean): ReactNode {
  const [focused, setFocused] = useState(false);
  const [centre, setCentre] = useState<{ code: string; name: string } | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    const canvas = map.getCanvas();
    // Only keyboard focus shows the cross (a mouse click on the map focuses the canvas too).
    const onFocus = () => {
      if (!canvas.matches(':focus-visible')) return;
      setFocused(true);
      setCentre(unitAtCentre(map, latest.current.layerKey));
    };
    const onBlur = () => setFocused(false);
    const onMoveEnd = () => {
      if (document.activeElement === canvas) setCentre(unitAtCentre(map, latest.current.layerKey));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      setFocused(true);
      const u = unitAtCentre(map, latest.current.layerKey);
      setCentre(u);
      if (u) latest.current.onSelect(u.code);
    };
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    canvas.addEventListener('keydown', onKey);
    map.on('moveend', onMoveEnd);
    return () => {
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
      canvas.removeEventListener('keydown', onKey);
      map.off('moveend', onMoveEnd);
    };
  }, [mapRef, latest, styleReady]);
  if (!focused) return null;
  const lang = latest.current.lang ?? documentLang();
  return (
    <>
      <div className="map-centre-cross" aria-hidden="true" />
      <div className="map-key-status" role="status">
        {centre ? tkf(lang, 'mapCentre', { name: centre.name }) : tk(lang, 'mapCentreNone')} {tk(lang, 'mapKeys')}
      </div>
    </>
  );
}
