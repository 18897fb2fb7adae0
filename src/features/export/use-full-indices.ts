/**
 * Every gemeente's indices with everything `npm run indices` computes (spatial indices on the wijk boundaries,
 * bootstrap intervals and expected D, with the CLI's default replicates and seed), computed in the engine worker
 * on demand and kept per year and group.
 */
import { useCallback, useRef } from 'react';
import type { DataService } from '../../app/data-service';
import { engine } from '../../app/engine-client';
import { variablesOf, GROUP_DEFINITIONS } from '../../engine/groups';
import type { IndicesResult } from '../../pipeline/indices';
import { CLI_INDICES_DEFAULTS } from './indices';

export function useFullIndices(service: DataService): (year: number, group: string) => Promise<IndicesResult> {
  const cache = useRef(new Map<string, Promise<IndicesResult>>());
  return useCallback(
    (year: number, group: string) => {
      const key = `${year}|${group}`;
      let p = cache.current.get(key);
      if (!p) {
        const def = GROUP_DEFINITIONS.find((d) => d.id === group);
        if (!def) return Promise.reject(new Error(`unknown group ${group}`));
        p = service
          .rows('wijk', year, variablesOf(def))
          .then((rows) =>
            engine().computeIndices(rows, { level: 'wijk', year, group, ...CLI_INDICES_DEFAULTS }, service.topologyUrl('wijk', year)),
          );
        cache.current.set(key, p);
        p.catch(() => cache.current.delete(key));
      }
      return p;
    },
    [service],
  );
}
