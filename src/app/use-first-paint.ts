/**
 * Whether the first choropleth is on screen (DataService.whenPainted): background loads that are not part of it
 * (the buurt names for the search, 625 KB and a worker) wait for it, so they do not compete with it.
 */
import { useEffect, useState } from 'react';
import type { DataService } from './data-service';

export function useFirstPaint(service: DataService): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    void service.whenPainted().then(() => live && setPainted(true));
    return () => {
      live = false;
    };
  }, [service]);
  return painted;
}
