/**
 * Registers the user's imported boundaries with the data service (src/app/imported-boundaries.ts), so a level with
 * imported boundaries — the buurten of a gemeente — can be shown on the map. The kept GeoJSON imports are read back
 * from this browser's storage at start (independent of the import panel, which restores its tables only when it
 * opens), files imported now come from the import panel's reports, and an import removed there is dropped. Codes are
 * checked against the known buurten (the buurt statistics the repository answers with) once those are loaded.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DataService } from '../../app/data-service';
import {
  EMPTY_REGISTRATION,
  registerBoundaries,
  type BoundaryImport,
  type KnownCodes,
  type Registration,
} from '../../app/imported-boundaries';
import type { UnitRecord } from '../../data/queries';
import type { ImportResult } from '../../data/import';
import * as idb from '../import/idb';
import { getState, subscribe } from '../import/imports';
import { readImport } from '../import/parse-client';
import { byDate } from '../import/storage-model';
import { BUURT_YEAR } from './selection';

const boundaryImport = (id: string, fileName: string, r: ImportResult): BoundaryImport | null =>
  r.ok && r.kind === 'boundaries' && r.features.length > 0 ? { id, fileName, year: r.year, features: r.features } : null;

/** The kept boundary imports, read once per page (null until done; [] when storage is unavailable). */
function useKeptBoundaries(): BoundaryImport[] | null {
  const [kept, setKept] = useState<BoundaryImport[] | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const out: BoundaryImport[] = [];
      const recs = (await idb.loadAll().catch(() => [])).sort(byDate);
      for (const rec of recs) {
        if (!/\.(geo)?json$/i.test(rec.fileName)) continue;
        const b = boundaryImport(rec.id, rec.fileName, await readImport(rec.fileName, rec.bytes));
        if (b) out.push(b);
      }
      if (live) setKept(out);
    })().catch(() => live && setKept([]));
    return () => {
      live = false;
    };
  }, []);
  return kept;
}

/** The boundary imports of this page: kept ones, plus new ones from the panel, minus those removed there. */
function useBoundaryImports(): BoundaryImport[] | null {
  const kept = useKeptBoundaries();
  const store = useSyncExternalStore(subscribe, getState);
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const ids = store.entries.map((e) => e.id).join();
  useEffect(() => {
    const now = ids ? ids.split(',') : [];
    setSeen((prev) => (now.every((id) => prev.has(id)) ? prev : new Set([...prev, ...now])));
  }, [ids]);
  return useMemo(() => {
    if (!kept) return null;
    const listed = new Set(store.entries.map((e) => e.id));
    const out = kept.filter((k) => listed.has(k.id) || !seen.has(k.id));
    for (const e of store.entries) {
      if (out.some((k) => k.id === e.id)) continue;
      const report = store.reports.find((r) => r.table === e.table);
      const b = report ? boundaryImport(e.id, e.fileName, report.result) : null;
      if (b) out.push(b);
    }
    return out;
  }, [kept, store.entries, store.reports, seen]);
}

/**
 * The registration of the imported boundaries, given to `service.imported` once it is complete: the imports read
 * and, when any has buurten, the buurt statistics loaded (or failed: then every well-formed buurt code is kept).
 */
export function useImportedBoundaries(
  service: DataService,
  buurtRows: readonly UnitRecord[] | null,
  buurtFailed: boolean,
): Registration | null {
  const imports = useBoundaryImports();
  const known = useMemo<KnownCodes | null>(() => {
    const codes = buurtRows ? new Set(buurtRows.map((r) => r.code)) : null;
    return (level, _year, code) => (level === 'buurt' && codes ? codes.has(code) : null);
  }, [buurtRows]);
  const needsBuurten = imports?.some((i) => i.features.some((f) => f.level === 'buurt')) ?? false;
  const ready = imports !== null && (!needsBuurten || buurtRows !== null || buurtFailed);
  const registration = useMemo(
    () => (ready && imports && known ? (imports.length ? registerBoundaries(imports, known, BUURT_YEAR) : EMPTY_REGISTRATION) : null),
    [ready, imports, known],
  );
  // Returned only once the service has it (the map's layer keys are read from the service).
  const [applied, setApplied] = useState<Registration | null>(null);
  useEffect(() => {
    if (!registration) return;
    service.imported.set(registration);
    setApplied(registration);
  }, [service, registration]);
  return applied;
}
