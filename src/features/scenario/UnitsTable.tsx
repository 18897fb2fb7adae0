/** Per unit under one relocation rule: zone, the focal group's share before and after, and the change. */
import type { Lang } from '../../app/i18n';
import type { RuleOutcome, ScenarioResult } from '../../engine/scenario';
import { fmtPct, fmtPp } from './format';
import { ts, tsf } from './strings';

const ZONE_ORDER = { target: 0, ring1: 1, rest: 2 } as const;

export function UnitsTable({
  lang,
  result,
  rule,
  highlighted,
  onHover,
}: {
  lang: Lang;
  result: ScenarioResult;
  rule: RuleOutcome;
  highlighted: string | null;
  onHover: (code: string | null) => void;
}) {
  const f = result.group.focal;
  const zoneName = new Map(rule.zones.map((z) => [z.zone, z.label[lang]]));
  const units = [...rule.units].sort((a, b) => ZONE_ORDER[a.zone] - ZONE_ORDER[b.zone] || a.name.localeCompare(b.name, 'nl'));
  return (
    <table className="scenario-table scenario-units">
      <caption>{tsf(lang, 'unitsTitle', { rule: rule.label[lang] })}</caption>
      <thead>
        <tr>
          <th scope="col">{ts(lang, 'zone')}</th>
          <th scope="col">{ts(lang, 'area')}</th>
          <th scope="col">{ts(lang, 'shareBefore')}</th>
          <th scope="col">{ts(lang, 'shareAfter')}</th>
          <th scope="col">{ts(lang, 'change')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr
            key={u.code}
            data-code={u.code}
            data-zone={u.zone}
            className={u.code === highlighted ? 'highlight' : undefined}
            onMouseEnter={() => onHover(u.code)}
            onMouseLeave={() => onHover(null)}
          >
            <td>{zoneName.get(u.zone) ?? u.zone}</td>
            <th scope="row">{u.name}</th>
            <td className="num">{fmtPct(lang, u.sharePctBefore?.[f])}</td>
            <td className="num">{fmtPct(lang, u.sharePctAfter?.[f])}</td>
            <td className="num">{fmtPp(lang, u.changePp?.[f])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
