/**
 * Data every exploration view shares, loaded once from the decoded statistics (DataService.all and .unit): national
 * reference values per year (from all gemeente rows); the search index is built from the names (use-search-index.ts).
 * When the data cannot be loaded the error panel says so (from the data service); these hooks stay empty and load
 * again on a retry (`version`).
 */
import { useEffect, useState } from 'react';
import { buildDetailRows, nationalByYear, type DetailRow, type NationalByYear } from '../views/explore/detail-model';
import type { Level } from '../data/catalog';
import type { DataService } from './data-service';

export interface Reference {
  national: NationalByYear;
}

/** `wanted`: load now (e.g. once the first choropleth is painted, which it is not part of). */
export function useReference(service: DataService, version: number, wanted: boolean): Reference | null {
  const [ref, setRef] = useState<Reference | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    service.all('gemeente').then(
      (gm) => live && setRef({ national: nationalByYear(gm, service.catalog.variables) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service, version, wanted]);
  return ref;
}

/** Detail rows (all variables, all years) for a selected unit, with its gemeente and the national reference. */
export function useDetail(
  service: DataService,
  level: Level,
  code: string | null,
  year: number,
  national: NationalByYear | undefined,
  version: number,
): DetailRow[] | null {
  const [rows, setRows] = useState<DetailRow[] | null>(null);
  useEffect(() => {
    if (!code) {
      setRows(null);
      return;
    }
    let live = true;
    const gm = level === 'wijk' || level === 'buurt' ? 'GM' + code.slice(2, 6) : null;
    Promise.all([service.unit(level, code), gm ? service.unit('gemeente', gm) : Promise.resolve(undefined)]).then(
      ([unitRows, gemeenteRows]) => {
        if (live) setRows(buildDetailRows({ variables: service.catalog.variables, year, unitRows, gemeenteRows, national }));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service, level, code, year, national, version]);
  return rows;
}
