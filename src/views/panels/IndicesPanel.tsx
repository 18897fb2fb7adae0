import { formatNumber, t, type Lang } from '../../app/i18n';
import type { GroupDefinition } from '../../engine/groups';
import type { IndexValue } from '../../engine/result';
import type { IndicesRecord } from '../../pipeline/indices';
import type { DecompositionRow } from '../../pipeline/decomposition';
import { DecompositionTable } from './DecompositionTable';
import { GroupSelect } from './GroupSelect';
import { INDEX_LABELS } from './index-labels';
import { f3, IndexRow, WarningList } from './index-rows';

export interface IndicesPanelProps {
  lang: Lang;
  year: number;
  groups: GroupDefinition[];
  group: string;
  onGroup: (id: string) => void;
  /** Result for the selected gemeente, or null while computing / when none is selected. */
  record: IndicesRecord | null;
  gemeenteName: string | null;
  busy: boolean;
  /** Why nothing can be shown, in words (a load failure, or no wijken with data); replaces "computing". */
  error: string | null;
  /** Shown when no gemeente is selected: NL and provinces split into between/within gemeenten. */
  decomposition: DecompositionRow[] | null;
}

/** Group picker and the indices of the selected gemeente with confidence intervals and the small-unit benchmark. */
export function IndicesPanel({ lang, year, groups, group, onGroup, record, gemeenteName, busy, error, decomposition }: IndicesPanelProps) {
  const r = record;
  const row = (id: string, v: IndexValue | undefined, ci?: { lower: number; upper: number } | null) => (
    <IndexRow key={id} lang={lang} id={id} value={v} ci={ci} />
  );
  return (
    <section className="indices" aria-label={t(lang, 'segregation')}>
      <h2>{t(lang, 'segregation')}</h2>
      <GroupSelect
        lang={lang}
        label={`${t(lang, 'groupLabel')} (${t(lang, 'wijken')} ${year})`}
        name="group"
        groups={groups}
        value={group}
        onChange={onGroup}
      />
      {error ? <p className="error small">{error}</p> : null}
      {!gemeenteName ? <p className="muted small">{t(lang, 'indicesHint')}</p> : null}
      {!gemeenteName && decomposition ? <DecompositionTable lang={lang} rows={decomposition} year={year} /> : null}
      {gemeenteName && !r && !error ? (
        <p className="muted small" aria-busy={busy}>
          {t(lang, 'computing')}
        </p>
      ) : null}
      {gemeenteName && r ? (
        <>
          <table className="index-table">
            <caption>
              {gemeenteName}: {r.unitsUsed} {t(lang, 'unitsUsed')}
              {r.unitsTotal > r.unitsUsed ? `, ${r.unitsTotal - r.unitsUsed} ${t(lang, 'unitsExcluded')}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'index')}</th>
                <th scope="col">{t(lang, 'value')}</th>
                <th scope="col" className="ci">
                  {t(lang, 'ci95')}
                </th>
              </tr>
            </thead>
            <tbody>
              {row('D', r.twoGroup.D, r.ci?.D)}
              <tr data-index="expectedD">
                <th scope="row">{INDEX_LABELS.expectedD![lang]}</th>
                <td className="num">{f3(lang, r.expected?.D)}</td>
                <td />
              </tr>
              <tr data-index="dExcess">
                <th scope="row">{INDEX_LABELS.dExcess![lang]}</th>
                <td className="num">{f3(lang, r.dExcess)}</td>
                <td />
              </tr>
              {row('H', r.twoGroup.H, r.ci?.H)}
              {row('xPx', r.twoGroup.xPx)}
              {row('xPy', r.twoGroup.xPy)}
              {row('Gini', r.twoGroup.Gini)}
              {row('V', r.twoGroup.V)}
              {row('A', r.twoGroup.A)}
              {row('M', r.multigroup.M, r.ci?.M)}
              {row('Dadj', r.twoGroup.Dadj)}
              {row('DadjQueen', r.DadjQueen)}
              {row('Dw', r.twoGroup.Dw)}
              {row('SP', r.twoGroup.SP)}
            </tbody>
          </table>
          {r.expected && r.twoGroup.D.ok ? (
            <p className="small">
              {t(lang, 'noiseShare')} {formatNumber(lang, Math.min(100, (100 * r.expected.D) / Math.max(r.twoGroup.D.value, 1e-12)), 0)}%
            </p>
          ) : null}
          <WarningList lang={lang} warnings={r.warnings} />
        </>
      ) : null}
    </section>
  );
}
