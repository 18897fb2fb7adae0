/**
 * Waterbed comparison on a segregation index, for gemeente targets: D or H of a group over the wijken of the target,
 * the adjacent gemeenten, the rest of the province and NL, in the two wijk years. Runs in the engine worker.
 */
import { useState } from 'react';
import { variablesOf } from '../engine/groups';
import type { IndexWaterbedResult } from '../pipeline/waterbed-index';
import type { DataService } from './data-service';
import { GroupSelect } from '../views/panels/GroupSelect';
import { engine } from './engine-client';
import { formatNumber, t, type Lang } from './i18n';
import { failureText } from './i18n-errors';
import { caveatText } from './i18n-warnings';
import { failureOf, type LoadFailure } from './load-errors';
import { groupsFor } from './use-indices';

const WIJK_YEARS = [2022, 2024] as const;

export function IndexWaterbed({ lang, service, targets }: { lang: Lang; service: DataService; targets: readonly string[] }) {
  const later = new Set(groupsFor(service.catalog, WIJK_YEARS[1]).map((g) => g.id));
  const groups = groupsFor(service.catalog, WIJK_YEARS[0]).filter((g) => g.kind === 'two-group' && later.has(g.id));
  const [group, setGroup] = useState(groups[0]?.id ?? '');
  const [index, setIndex] = useState<'D' | 'H'>('D');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IndexWaterbedResult | null>(null);
  const [error, setError] = useState<string | LoadFailure | null>(null);
  const gmTargets = targets.filter((c) => c.startsWith('GM'));

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const def = groups.find((g) => g.id === group)!;
      const rows = Object.fromEntries(
        await Promise.all(WIJK_YEARS.map(async (y) => [y, await service.rows('wijk', y, variablesOf(def))] as const)),
      );
      const urls = Object.fromEntries(WIJK_YEARS.map((y) => [y, service.topologyUrl('gemeente', y)!]));
      const answer = await engine().indexWaterbed({ targets: gmTargets, group, index, from: WIJK_YEARS[0], to: WIJK_YEARS[1] }, rows, urls);
      if (answer.ok) setResult(answer.result);
      else setError(answer.error);
    } catch (e) {
      setError(failureOf(e, { resource: 'computation' }));
    } finally {
      setBusy(false);
    }
  };

  const f = (v: number | null) => (v === null ? '–' : formatNumber(lang, v, 3));
  return (
    <section className="index-waterbed">
      <h2>{t(lang, 'indexWaterbed')}</h2>
      <p className="muted small">{t(lang, 'indexWaterbedHint')}</p>
      <GroupSelect lang={lang} label={t(lang, 'groupLabel')} name="iwGroup" groups={groups} value={group} onChange={setGroup} />
      <label className="field">
        {t(lang, 'index')}
        <select name="iwIndex" value={index} onChange={(e) => setIndex(e.target.value as 'D' | 'H')}>
          <option value="D">D</option>
          <option value="H">H (Theil)</option>
        </select>
      </label>
      <button type="button" className="iw-run" disabled={busy || gmTargets.length === 0} onClick={run}>
        {busy ? t(lang, 'computing') : `${t(lang, 'compareIndex')} ${WIJK_YEARS[0]} → ${WIJK_YEARS[1]}`}
      </button>
      {gmTargets.length === 0 ? <p className="muted small">{t(lang, 'indexWaterbedNeedsGm')}</p> : null}
      {error ? <p className="error small">{typeof error === 'string' ? error : failureText(lang, error)}</p> : null}
      {result ? (
        <>
          <p className="iw-summary">{result.summary[lang]}</p>
          <table className="index-table iw-table">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'region')}</th>
                <th scope="col">{result.request.from}</th>
                <th scope="col">{result.request.to}</th>
                <th scope="col">Δ − Δrest</th>
              </tr>
            </thead>
            <tbody>
              {result.rings.map((r) => (
                <tr key={r.ring} data-ring={r.ring}>
                  <th scope="row">{t(lang, `ring_${r.ring}`)}</th>
                  <td className="num">{f(r.t0)}</td>
                  <td className="num">{f(r.t1)}</td>
                  <td className="num">{f(r.didVsRest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.caveats.map((c, i) => (
            <p key={i} className="muted small" data-code={c.code}>
              {caveatText(lang, c)}
            </p>
          ))}
        </>
      ) : null}
    </section>
  );
}
