/**
 * The map position: the link's camera (applied after each fitted view is painted; the user's moves are stored in the
 * view state), and in a side-by-side waterbed view the camera both maps share.
 */
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import type { Camera } from '../views/map/ChoroplethMap';
import { useLinkCamera } from './url-state-camera';
import type { ViewState } from './url-state';

export function useMapCamera(stored: Camera | null, setState: Dispatch<SetStateAction<ViewState>>, sideBySide: boolean) {
  const [pairCamera, setPairCamera] = useState<Camera | null>(null);
  const commit = useCallback((c: Camera) => setState((s) => ({ ...s, camera: c })), [setState]);
  const link = useLinkCamera(stored, commit);
  const onUserCamera = useCallback(
    (c: Camera) => {
      if (sideBySide) setPairCamera(c);
      link.onUserCamera(c);
    },
    [sideBySide, link],
  );
  const camera = sideBySide ? (pairCamera ?? link.apply) : link.apply;
  return { camera, onUserCamera, painted: link.painted };
}
