import { formatNumber, t, type Lang } from '../../app/i18n';
import type { GroupDefinition } from '../../engine/groups';
import type { IndexValue } from '../../engine/result';
import type { IndicesRecord } from '../../pipeline/indices';
import type { DecompositionRow } from '../../pipeline/decomposition';
import { INTERVAL_MEANING } from '../explain/explanations';
import { nationalValues } from '../explain/national-values';
import { DecompositionTable } from './DecompositionTable';
import { GroupSelect } from './GroupSelect';
import { IndexRow, WarningList } from './index-rows';

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
  /** Every gemeente's record (the ranking), for where the selected gemeente stands among them; null while computing. */
  national?: readonly IndicesRecord[] | null;
}

/** Group picker and the indices of the selected gemeente with confidence intervals and the small-unit benchmark. */
export function IndicesPanel(props: IndicesPanelProps) {
  const { lang, year, groups, group, onGroup, record, gemeenteName, busy, error, decomposition } = props;
  const r = record;
  const national = props.national ?? null;
  const explain = (id: string) => (gemeenteName ? { name: gemeenteName, values: nationalValues(national, id) } : null);
  const row = (id: string, v: IndexValue | undefined, ci?: { lower: number; upper: number } | null) => (
    <IndexRow key={id} lang={lang} id={id} value={v} ci={ci} explain={explain(id)} />
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
              <IndexRow lang={lang} id="expectedD" value={undefined} plain={r.expected?.D ?? null} explain={explain('expectedD')} />
              <IndexRow lang={lang} id="dExcess" value={undefined} plain={r.dExcess} explain={explain('dExcess')} />
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
          {r.ci ? <p className="muted small">{INTERVAL_MEANING[lang]}</p> : null}
          <WarningList lang={lang} warnings={r.warnings} />
        </>
      ) : null}
    </section>
  );
}
