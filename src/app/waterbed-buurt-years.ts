/**
 * The waterbed's buurt level in the app: whether it can be offered (imported buurt boundaries exist) and the note
 * under the year pickers (which years have both buurt statistics and boundaries, and what the others miss).
 */
import { yearAvailability, yearsNote } from '../features/waterbed-buurt/years';
import type { DataService } from './data-service';
import type { Registration } from './imported-boundaries';

/** Years with buurt boundaries: embedded (none so far) or imported. */
export function buurtBoundaryYears(service: DataService): number[] {
  const imported = [...service.imported.registration.layers.values()].filter((l) => l.level === 'buurt').map((l) => l.year);
  return [...new Set([...(service.catalog.geometry.buurt ?? []), ...imported])].sort((a, b) => a - b);
}

/** The year pickers' note for an indicator at buurt level (both languages). */
export function buurtYearsNote(service: DataService, indicator: string): { nl: string; en: string } {
  const stats = service.catalog.variables.find((v) => v.id === indicator)?.availability.buurt ?? [];
  return yearsNote(yearAvailability(stats, buurtBoundaryYears(service)));
}

/** Files the imported buurt boundaries of these years come from. */
export function buurtBoundaryFiles(registration: Registration, years: readonly number[]): string[] {
  const layers = [...registration.layers.values()].filter((l) => l.level === 'buurt' && years.includes(l.year));
  return [...new Set(layers.flatMap((l) => l.files))];
}

/** What the level picker and the notes need: whether buurten can be offered, and the files behind the layers. */
export function buurtLevelOf(registration: Registration, years: readonly number[]) {
  const available = [...registration.layers.values()].some((l) => l.level === 'buurt');
  return { available, files: buurtBoundaryFiles(registration, years) };
}
