/**
 * The waterbed view of the scenario: the focal group's share in the target, the adjacent ring, the rest of the
 * gemeente and the whole gemeente, before and after under each relocation rule side by side.
 */
import type { Lang } from '../../app/i18n';
import type { ScenarioResult, ZoneRow } from '../../engine/scenario';
import { RING_COLORS } from '../../views/waterbed/waterbed-model';
import { fmtCount, fmtPct, fmtPp } from './format';
import { ts, tsf } from './strings';

const ZONE_COLOR: Record<ZoneRow, string> = {
  target: RING_COLORS.target,
  ring1: RING_COLORS.ring1,
  rest: RING_COLORS.rest,
  gemeente: RING_COLORS.region,
};

export function ZonesTable({ lang, result }: { lang: Lang; result: ScenarioResult }) {
  const f = result.group.focal;
  const group = result.group.groups[f]!.label[lang];
  const first = result.rules[0]!;
  return (
    <table className="scenario-table scenario-zones">
      <caption>{tsf(lang, 'zonesTitle', { group: group.toLowerCase() })}</caption>
      <thead>
        <tr>
          <th scope="col">{ts(lang, 'zone')}</th>
          <th scope="col">{ts(lang, 'unitsCount')}</th>
          <th scope="col">{ts(lang, 'before')}</th>
          {result.rules.map((r) => (
            <th key={r.key} scope="col" data-rule={r.key} className={r.chosen ? 'chosen' : undefined}>
              {ts(lang, 'after')}: {r.label[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first.zones.map((z) => (
          <tr key={z.zone} data-zone={z.zone}>
            <th scope="row">
              <span className="swatch" style={{ borderColor: ZONE_COLOR[z.zone] }} aria-hidden="true" />
              {z.label[lang]}
            </th>
            <td className="num">{fmtCount(lang, z.units)}</td>
            <td className="num">{fmtPct(lang, z.sharePctBefore?.[f])}</td>
            {result.rules.map((r) => {
              const after = r.zones.find((x) => x.zone === z.zone);
              return (
                <td key={r.key} className="num" data-rule={r.key}>
                  {fmtPct(lang, after?.sharePctAfter?.[f])} <span className="muted small">({fmtPp(lang, after?.changePp?.[f])})</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
