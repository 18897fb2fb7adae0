/** Who moves where under one relocation rule: the ledger's flows per group and in total, and the dwellings. */
import type { Lang } from '../../app/i18n';
import type { RuleOutcome, ScenarioResult } from '../../engine/scenario';
import { fmtCount, sum } from './format';
import { ts, tsf } from './strings';

const FLOWS = ['displaced', 'redirected', 'newcomers', 'toRing', 'toRest', 'toOutside', 'replacements'] as const;

export function LedgerTable({ lang, result, rule }: { lang: Lang; result: ScenarioResult; rule: RuleOutcome }) {
  const { flows, dwellings } = rule.ledger;
  const groups = result.group.groups;
  return (
    <table className="scenario-table scenario-ledger">
      <caption>{tsf(lang, 'ledgerTitle', { rule: rule.label[lang] })}</caption>
      <thead>
        <tr>
          <th scope="col">{ts(lang, 'flow')}</th>
          {groups.map((g) => (
            <th key={g.id} scope="col">
              {g.label[lang]}
            </th>
          ))}
          <th scope="col">{ts(lang, 'total')}</th>
        </tr>
      </thead>
      <tbody>
        {FLOWS.map((k) => (
          <tr key={k} data-flow={k}>
            <th scope="row">{ts(lang, `flow_${k}`)}</th>
            {flows[k].map((v, i) => (
              <td key={groups[i]?.id ?? i} className="num">
                {fmtCount(lang, v)}
              </td>
            ))}
            <td className="num">{fmtCount(lang, sum(flows[k]))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{ts(lang, 'dwellingsRow')}</th>
          <td colSpan={groups.length + 1} className="small">
            {fmtCount(lang, dwellings.before)} → {fmtCount(lang, dwellings.after)} ({ts(lang, 'demolished')}{' '}
            {fmtCount(lang, dwellings.demolished)}, {ts(lang, 'built')} {fmtCount(lang, dwellings.built)}, {ts(lang, 'converted')}{' '}
            {fmtCount(lang, dwellings.converted)})
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
