/**
 * Segregation over the buurten of one gemeente: the group picker for groups the buurt data support, and D next to
 * its expected value under random allocation (buurten are small and counts rounded to 5, so chance alone gives a
 * D well above 0), H, the exposure indices and, for several groups, M. Draws only.
 */
import type { ReactNode } from 'react';
import { t, type Lang } from '../../app/i18n';
import type { GroupDefinition } from '../../engine/groups';
import type { IndexValue } from '../../engine/result';
import type { IndicesRecord } from '../../pipeline/indices';
import { GroupSelect } from '../../views/panels/GroupSelect';
import { INDEX_LABELS } from '../../views/panels/index-labels';
import { f3, IndexRow, WarningList } from '../../views/panels/index-rows';
import { tb, tbf } from './strings';

export interface BuurtIndicesProps {
  lang: Lang;
  year: number;
  groups: readonly GroupDefinition[];
  group: string;
  onGroup: (id: string) => void;
  record: IndicesRecord | null;
  gemeenteName: string;
  busy: boolean;
  error: string | null;
  /** Choice of the area whose buurten are the units (gemeente or a selected wijk), when there is one. */
  scope?: ReactNode;
}

export function BuurtIndices({ lang, year, groups, group, onGroup, record: r, gemeenteName, busy, error, scope }: BuurtIndicesProps) {
  const def = groups.find((g) => g.id === group);
  const row = (id: string, v: IndexValue | undefined, ci?: { lower: number; upper: number } | null, label?: string) => (
    <IndexRow key={id} lang={lang} id={id} value={v} ci={ci} label={label} />
  );
  const multi = def?.kind === 'multigroup';
  return (
    <section className="indices buurt-indices" aria-label={tbf(lang, 'indicesTitle', { year })}>
      <h2>{tbf(lang, 'indicesTitle', { year })}</h2>
      <GroupSelect lang={lang} label={tb(lang, 'group')} name="buurtGroup" groups={[...groups]} value={group} onChange={onGroup} />
      {scope}
      {def?.note ? <p className="muted small">{def.note[lang]}</p> : null}
      {error ? <p className="error small">{error}</p> : null}
      {!r && !error ? (
        <p className="muted small" aria-busy={busy}>
          {tb(lang, 'computing')}
        </p>
      ) : null}
      {r ? (
        <>
          <table className="index-table">
            <caption>
              {tbf(lang, 'indicesOf', { n: r.unitsUsed, name: gemeenteName })}
              {r.unitsTotal > r.unitsUsed ? `, ${r.unitsTotal - r.unitsUsed} ${t(lang, 'unitsExcluded')}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tb(lang, 'index')}</th>
                <th scope="col">{tb(lang, 'value')}</th>
                <th scope="col" className="ci">
                  {t(lang, 'ci95')}
                </th>
              </tr>
            </thead>
            <tbody>
              {multi ? null : row('D', r.twoGroup.D, r.ci?.D)}
              {multi ? null : (
                <tr data-index="expectedD">
                  <th scope="row" title={tb(lang, 'expectedDHint')}>
                    {tb(lang, 'expectedD')} (D)
                  </th>
                  <td className="num">{f3(lang, r.expected?.D)}</td>
                  <td />
                </tr>
              )}
              {multi ? null : (
                <tr data-index="dExcess">
                  <th scope="row">{INDEX_LABELS.dExcess![lang]}</th>
                  <td className="num">{f3(lang, r.dExcess)}</td>
                  <td />
                </tr>
              )}
              {multi ? row('M', r.multigroup.M, r.ci?.M) : row('H', r.twoGroup.H, r.ci?.H)}
              {multi ? row('Hm', r.multigroup.H, null, `${INDEX_LABELS.H![lang]} (${tb(lang, 'multigroup')})`) : null}
              {multi ? row('Dm', r.multigroup.D, null, `${INDEX_LABELS.D![lang]} (${tb(lang, 'multigroup')})`) : null}
              {multi ? (
                <tr data-index="expectedM">
                  <th scope="row">{tb(lang, 'expectedD')} (M)</th>
                  <td className="num">{f3(lang, r.expected?.M)}</td>
                  <td />
                </tr>
              ) : null}
              {multi ? null : row('xPx', r.twoGroup.xPx)}
              {multi ? null : row('xPy', r.twoGroup.xPy)}
            </tbody>
          </table>
          <p className="muted small">{tb(lang, 'expectedDHint')}</p>
          <WarningList lang={lang} warnings={r.warnings} />
        </>
      ) : null}
    </section>
  );
}
