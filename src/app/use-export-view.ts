/** What the export menu saves of the current map view (rows, classes, colours, labels), or null before it is drawn. */
import { useMemo } from 'react';
import type { ViewData } from '../features/export/view';
import type { ViewState } from './url-state';

interface ExportViewArgs {
  state: ViewState;
  shown: ViewData['rows'] | null;
  classes: ViewData['classes'] | null;
  classification: ViewData['classification'];
  colors: ViewData['colors'];
  label: string;
  unit: ViewData['unit'];
  scope: string;
  lq: boolean;
}

export function useExportView({ state, shown, classes, classification, colors, label, unit, scope, lq }: ExportViewArgs): ViewData | null {
  const { variable, year, level, gemeente } = state;
  return useMemo<ViewData | null>(
    () =>
      shown && classes
        ? { rows: shown, classes, classification, colors, label, unit, scope, shows: lq ? 'lq' : variable, year, level, gemeente }
        : null,
    [shown, classes, classification, colors, label, unit, scope, lq, variable, year, level, gemeente],
  );
}
