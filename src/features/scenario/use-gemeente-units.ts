/** The units (wijken or buurten) of one gemeente in one year, for the target list; stale answers are dropped. */
import { useEffect, useState } from 'react';
import type { DataService } from '../../app/data-service';
import type { ScenarioLevel } from '../../engine/scenario';

export interface UnitName {
  code: string;
  name: string;
}

export interface GemeenteUnits {
  /** Null while loading (or when loading failed). */
  units: UnitName[] | null;
  gemeenteName: string | null;
  failed: boolean;
}

export function useGemeenteUnits(
  service: DataService,
  active: boolean,
  gemeente: string,
  level: ScenarioLevel,
  year: number,
  version: number,
): GemeenteUnits {
  const key = `${gemeente}|${level}|${year}`;
  const [got, setGot] = useState<{ key: string; value: GemeenteUnits } | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    service.rows(level, year, ['population']).then(
      (rows) => {
        if (!live) return;
        const mine = rows.filter((r) => r.gemeente_code === gemeente);
        const units = mine
          .map((r) => ({ code: r.code, name: String(r.name ?? r.code) }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
        const gemeenteName = mine[0]?.gemeente_name ? String(mine[0].gemeente_name) : null;
        setGot({ key, value: { units, gemeenteName, failed: false } });
      },
      () => live && setGot({ key, value: { units: null, gemeenteName: null, failed: true } }),
    );
    return () => {
      live = false;
    };
  }, [service, active, gemeente, level, year, key, version]);
  return got?.key === key ? got.value : { units: null, gemeenteName: null, failed: false };
}
