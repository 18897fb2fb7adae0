/**
 * The map position in the URL (pos=lon,lat,zoom), written only after the user moved the map away from the view the
 * app fitted, and the hook that applies it: after every newly fitted view is painted (a link opened, a year changed)
 * the map jumps to the stored position; the user's own moves are stored (rounded, debounced) but never fed back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Camera } from '../views/map/ChoroplethMap';
import type { ParamReader } from './url-state-reader';

/** About a metre at Dutch latitudes. */
const CENTRE_DIGITS = 5;
const ZOOM_DIGITS = 2;
const COMMIT_MS = 250;

const round = (x: number, digits: number) => {
  const r = Math.round(x * 10 ** digits) / 10 ** digits;
  return r === 0 ? 0 : r; // no -0
};

/** A camera as the URL keeps it (rounded). */
export function roundCamera(c: Camera): Camera {
  return { center: [round(c.center[0], CENTRE_DIGITS), round(c.center[1], CENTRE_DIGITS)], zoom: round(c.zoom, ZOOM_DIGITS) };
}

export function isCamera(c: Camera): boolean {
  const [lon, lat] = c.center;
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && c.zoom >= 0 && c.zoom <= 24;
}

export function parseCamera(r: ParamReader): Camera | null {
  const pos = r.get('pos');
  if (pos === null) return null;
  const parts = pos.split(',');
  const nums = parts.map((p) => (/^-?\d{1,3}(\.\d{1,8})?$/.test(p) ? Number(p) : Number.NaN));
  if (nums.length === 3 && nums.every(Number.isFinite)) {
    const c = roundCamera({ center: [nums[0]!, nums[1]!], zoom: nums[2]! });
    if (isCamera(c)) return c;
  }
  r.invalid('pos', pos);
  return null;
}

export function serializeCamera(p: URLSearchParams, c: Camera | null): void {
  if (c) p.set('pos', `${c.center[0]},${c.center[1]},${c.zoom}`);
}

/**
 * The camera the primary map should jump to (`apply`), `painted(viewKey)` for the map's paint reports, and
 * `onUserCamera` for the user's moves. `viewKey` names a fitted view (layer, gemeente, focus): when a new one is
 * painted the stored camera is handed to the map as a new object, so the map jumps to it after its own fit; a move
 * of the user is stored (rounded, after the moves settle) without being handed back.
 */
export function useLinkCamera(camera: Camera | null, commit: (c: Camera) => void) {
  const latest = useRef({ camera, commit });
  useEffect(() => {
    latest.current = { camera, commit };
  });
  const [apply, setApply] = useState<Camera | null>(null);
  const lastPainted = useRef<string | null>(null);
  const painted = useCallback((viewKey: string) => {
    if (lastPainted.current === viewKey) return;
    lastPainted.current = viewKey;
    const c = latest.current.camera;
    setApply(c ? { ...c } : null);
  }, []);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const onUserCamera = useCallback((c: Camera) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const r = roundCamera(c);
      if (isCamera(r)) latest.current.commit(r);
    }, COMMIT_MS);
  }, []);
  return useMemo(() => ({ apply, painted, onUserCamera }), [apply, painted, onUserCamera]);
}
