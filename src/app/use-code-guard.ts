/**
 * Guards the codes in the view state (from the URL, a shared link or a click): a gemeente the wijk map cannot show
 * — unknown, merged away, without wijken that year — and a selected unit that does not exist become a notice in
 * words, and the view falls back to the whole country (a merged gemeente's notice offers its successor). Checks run
 * again after a retry (`version`); while the data cannot be loaded the error panel speaks instead.
 */
import { useEffect, useRef } from 'react';
import type { DataService } from './data-service';
import { gemeenteStatus, unitExists, type GemeenteStatus } from './gemeente-status';
import type { Notice } from './i18n';
import type { ViewState } from './url-state';

export type Fix = (notice: Notice, patch: Partial<ViewState>) => void;

export function gemeenteNotice(st: Exclude<GemeenteStatus, { kind: 'ok' }>): Notice {
  switch (st.kind) {
    case 'unknown':
      return { code: 'unknown_gemeente', params: { code: st.code } };
    case 'no_wijken':
      return { code: 'no_wijken', params: { code: st.code, name: st.name, year: String(st.year) } };
    case 'gone': {
      const params = { code: st.code, name: st.name, year: String(st.year), last: String(st.last) };
      if (!st.successor) return { code: 'gone_gemeente', params };
      return {
        code: 'merged_gemeente',
        params: { ...params, successor: `${st.successor.name} (${st.successor.code})` },
        action: { kind: 'open_gemeente', code: st.successor.code, name: st.successor.name },
      };
    }
  }
}

export const COUNTRY_VIEW: Partial<ViewState> = { level: 'gemeente', gemeente: null, selected: null, mapMode: 'variable' };

export function useCodeGuard(service: DataService, state: ViewState, version: number, fix: Fix): void {
  const latest = useRef(fix);
  useEffect(() => {
    latest.current = fix;
  });
  const { gemeente, level, year, selected } = state;

  useEffect(() => {
    if (!gemeente || level !== 'wijk') return;
    let live = true;
    gemeenteStatus(service, gemeente, year).then(
      (st) => {
        if (live && st.kind !== 'ok') latest.current(gemeenteNotice(st), COUNTRY_VIEW);
      },
      () => undefined, // the data could not be loaded: the error panel says so; a retry checks again
    );
    return () => {
      live = false;
    };
  }, [service, gemeente, level, year, version]);

  useEffect(() => {
    if (!selected || selected === gemeente) return;
    let live = true;
    unitExists(service, selected).then(
      (ok) => {
        if (live && !ok) latest.current({ code: 'unknown_unit', params: { code: selected } }, { selected: null });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service, selected, gemeente, version]);
}
