/**
 * The gemeente's indices before and after, one column per relocation rule side by side (the spec's rule
 * marked). A missing number shows its reason on hover.
 */
import type { Lang } from '../../app/i18n';
import { INDEX_LABELS } from '../../views/panels/index-labels';
import { SCENARIO_INDICES, type ScenarioIndexId, type ScenarioResult } from '../../engine/scenario';
import { fmtIndex, fmtIndexChange } from './format';
import { ts, tsf } from './strings';

export function indexLabel(lang: Lang, id: ScenarioIndexId): string {
  if (id === 'Hm' || id === 'Dm') return ts(lang, `idx_${id}`);
  return INDEX_LABELS[id]?.[lang] ?? id;
}

export function IndicesTable({ lang, result }: { lang: Lang; result: ScenarioResult }) {
  const before = (id: ScenarioIndexId) => result.rules[0]?.indices.find((x) => x.index === id);
  return (
    <table className="scenario-table scenario-indices">
      <caption>{tsf(lang, 'indicesTitle', { gemeente: result.gemeente.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{ts(lang, 'index')}</th>
          <th scope="col">{ts(lang, 'before')}</th>
          {result.rules.map((r) => (
            <th key={r.key} scope="col" data-rule={r.key} className={r.chosen ? 'chosen' : undefined}>
              {ts(lang, 'after')}: {r.label[lang]}
              {r.chosen ? <span className="muted small"> ({ts(lang, 'chosenRule')})</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SCENARIO_INDICES.map((id) => {
          const b = before(id);
          return (
            <tr key={id} data-index={id}>
              <th scope="row">{indexLabel(lang, id)}</th>
              <td className="num" data-before title={b?.reason ?? undefined}>
                {fmtIndex(lang, b?.before)}
              </td>
              {result.rules.map((r) => {
                const ix = r.indices.find((x) => x.index === id);
                return (
                  <td key={r.key} className="num" data-rule={r.key} title={ix?.reason ?? undefined}>
                    <span className="after">{fmtIndex(lang, ix?.after)}</span>{' '}
                    <span className="muted small">({fmtIndexChange(lang, ix?.change)})</span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
