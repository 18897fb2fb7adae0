/**
 * The pinned area of the compare feature (`naast` in the URL): its name and detail rows in the current year, loaded
 * from the data service. A pinned code that does not exist (a stale or hand-edited link) becomes the usual
 * "unknown unit" notice and is unpinned. Reloads after a retry (`version`).
 */
import { useEffect, useRef, useState } from 'react';
import { buildDetailRows, type DetailRow } from '../views/explore/detail-model';
import { levelOfCode } from '../features/buurt/selection';
import type { DataService } from './data-service';
import type { Notice } from './i18n';

export interface Pinned {
  code: string;
  name: string;
  level: 'gemeente' | 'wijk' | 'buurt';
  rows: DetailRow[];
}

export function usePinned(
  service: DataService,
  code: string | null,
  year: number,
  version: number,
  onStale: (n: Notice) => void,
): Pinned | null {
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const stale = useRef(onStale);
  useEffect(() => {
    stale.current = onStale;
  });
  useEffect(() => {
    if (!code) {
      setPinned(null);
      return;
    }
    let live = true;
    const level = levelOfCode(code);
    service.unit(level, code).then(
      (unitRows) => {
        if (!live) return;
        if (unitRows.length === 0) {
          setPinned(null);
          stale.current({ code: 'unknown_unit', params: { code } });
          return;
        }
        const rows = buildDetailRows({ variables: service.catalog.variables, year, unitRows });
        setPinned({ code, name: unitRows[0]!.name, level, rows });
      },
      () => undefined, // the data could not be loaded: the error panel says so; a retry loads again
    );
    return () => {
      live = false;
    };
  }, [service, code, year, version]);
  return pinned && pinned.code === code ? pinned : null;
}
