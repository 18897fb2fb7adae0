/**
 * Registers the user's imported boundaries with the data service (src/app/imported-boundaries.ts), so a level with
 * imported boundaries — the buurten of a gemeente — can be shown on the map. The boundary imports come from the
 * page's import store (src/features/import/imports.ts, its own chunk: loaded after the first paint, or at once when a
 * view asks for imported boundaries), which reads the kept files back once per page; files imported now and imports
 * removed follow from the same store. Codes are checked against the known buurten (the buurt statistics the
 * repository answers with) once those are loaded.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DataService } from '../../app/data-service';
import {
  EMPTY_REGISTRATION,
  registerBoundaries,
  type BoundaryImport,
  type KnownCodes,
  type Registration,
} from '../../app/imported-boundaries';
import type { ImportStore } from '../../app/imported-overlay';
import type { UnitRecord } from '../../data/queries';
import type { ImportResult } from '../../data/import';
import { BUURT_YEAR } from './selection';

const boundaryImport = (id: string, fileName: string, r: ImportResult | undefined): BoundaryImport | null =>
  r && r.ok && r.kind === 'boundaries' && r.features.length > 0 ? { id, fileName, year: r.year, features: r.features } : null;

const NO_STORE = () => () => undefined;

/** The import store's state (null until the store is loaded). */
function useImportState(service: DataService) {
  const [store, setStore] = useState<ImportStore | null>(null);
  useEffect(() => {
    let live = true;
    void service.importStore().then((m) => live && setStore(m));
    return () => {
      live = false;
    };
  }, [service]);
  const subscribe = useMemo(() => (store ? store.subscribe : NO_STORE), [store]);
  const get = useCallback(() => (store ? store.getState() : null), [store]);
  return useSyncExternalStore(subscribe, get);
}

/** The boundary imports of this page, in import order (null until the kept files were read back). */
function useBoundaryImports(service: DataService): BoundaryImport[] | null {
  const state = useImportState(service);
  return useMemo(() => {
    if (!state?.loaded) return null;
    return state.entries.flatMap((e) => boundaryImport(e.id, e.fileName, state.results.get(e.id)) ?? []);
  }, [state]);
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
  const imports = useBoundaryImports(service);
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
