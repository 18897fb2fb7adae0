/**
 * The primary map's reports: the codes in view (kept only when they change, for classes over the view) and each
 * rendered frame — the first one marks `segv:first-choropleth` and tells the data service (DuckDB may start), every
 * one lets the camera apply a link's position, and `data-map-ready` on <html> says what the map shows (tests and
 * the benchmark wait for it).
 */
import { useCallback, useRef, useState } from 'react';
import type { DataService } from './data-service';
import { mapPainted } from './map-painted';

export interface MapShows {
  variable: string;
  gemeente: string | null;
  /** What the map shows other than the variable (a scenario, a waterbed view, `lq`), else null. */
  special: string | null;
  /** A waterbed comparison's targets, joined; '' when none. */
  targets: string;
}

export function useMapEvents(service: DataService, painted: (key: string) => void, shows: MapShows) {
  const [viewCodes, setViewCodes] = useState<string[] | null>(null);
  const firstPaint = useRef(false);
  const onViewCodes = useCallback((codes: string[]) => {
    setViewCodes((prev) => (prev && prev.length === codes.length && prev.join() === codes.sort().join() ? prev : codes.sort()));
  }, []);
  const { variable, gemeente, special, targets } = shows;
  const onRendered = useCallback(
    (key: string) => {
      if (!firstPaint.current) {
        firstPaint.current = true;
        performance.mark('segv:first-choropleth');
        service.firstPaint();
      }
      painted(`${key}|${gemeente ?? ''}|${targets}`);
      document.documentElement.dataset.mapReady = `${key}|${special ?? variable}|${gemeente ?? ''}`;
      mapPainted();
    },
    [variable, gemeente, special, targets, service, painted],
  );
  return { viewCodes, onViewCodes, onRendered };
}
