/**
 * The app's load state in one place: failures of the shared loads (from the data service) and of the current view,
 * counted once each, and the service's retry counter that every data hook lists as a dependency.
 */
import { useSyncExternalStore } from 'react';
import type { DataService, ServiceStatus } from './data-service';
import { failureKey, type LoadFailure } from './load-errors';

export function useServiceStatus(service: DataService): ServiceStatus {
  return useSyncExternalStore(service.subscribe, service.getStatus);
}

/** The failures of all lists, each thing that failed once (first occurrence wins). */
export function mergeFailures(...lists: readonly (readonly (LoadFailure | null | undefined)[])[]): LoadFailure[] {
  const seen = new Map<string, LoadFailure>();
  for (const list of lists) {
    for (const f of list) if (f && !seen.has(failureKey(f))) seen.set(failureKey(f), f);
  }
  return [...seen.values()];
}
