/** Full screen for presenter mode (Fullscreen API); the browser leaves it on Esc, and the state follows. */
import { useCallback, useEffect, useState } from 'react';

export function useFullscreen(): { supported: boolean; on: boolean; toggle: () => Promise<boolean> } {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggle = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
      return true;
    } catch {
      return false;
    }
  }, []);
  return { supported: document.fullscreenEnabled === true, on, toggle };
}
