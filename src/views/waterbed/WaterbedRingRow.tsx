/**
 * One row of the waterbed ring table: the ring with its colour, its units (and missing ones), value at t0 (with its
 * uncertainty range) and t1, change, difference-in-differences vs the rest (with its range) and reallocated share.
 * Every cell repeats its column name (data-label) for the stacked layout of a narrow panel (waterbed.css).
 */
import type { Lang } from '../../app/i18n';
import { tw, twf } from '../../app/i18n-waterbed';
import type { WaterbedResult } from '../../pipeline/waterbed';
import {
  RING_COLORS,
  formatAbsoluteChange,
  formatChange,
  formatDid,
  formatDidRange,
  formatFraction,
  formatLevel,
  formatLevelRange,
} from './waterbed-model';

/** The column names of the ring table's number columns. */
export interface RingColumns {
  units: string;
  from: string;
  to: string;
  change: string;
  did: string;
  reallocated: string;
}

export interface WaterbedRingRowProps {
  lang: Lang;
  ring: WaterbedResult['rings'][number];
  indicator: WaterbedResult['indicator'];
  col: RingColumns;
}

export function WaterbedRingRow({ lang, ring: r, indicator, col }: WaterbedRingRowProps) {
  const { metric, unit } = indicator;
  return (
    <tr data-ring={r.ring}>
      <th scope="row">
        <span className="ring-swatch" style={{ background: RING_COLORS[r.ring] }} aria-hidden="true" />
        {r.label[lang]}
      </th>
      <td className="num" data-label={col.units} title={r.missing ? twf(lang, 'missingUnits', { n: r.missing }) : undefined}>
        {r.units}
        {r.missing ? <span className="muted"> (+{r.missing})</span> : null}
      </td>
      <td className="num" data-label={col.from}>
        {formatLevel(lang, r.t0, unit)}
        <RangeNote lang={lang} text={formatLevelRange(lang, r.uncertainty.t0, unit)} />
      </td>
      <td className="num" data-label={col.to}>
        {formatLevel(lang, r.t1, unit)}
      </td>
      <td
        className="num"
        data-label={col.change}
        title={metric === 'relative' ? twf(lang, 'absoluteChange', { value: formatAbsoluteChange(lang, r.change, unit) }) : undefined}
      >
        {formatChange(lang, r, metric)}
      </td>
      <td className="num" data-label={col.did} data-distinguishable={r.uncertainty.distinguishable ?? undefined}>
        {r.ring === 'rest' ? <span className="muted">({tw(lang, 'reference')})</span> : formatDid(lang, r.didVsRest)}
        <RangeNote lang={lang} text={r.ring === 'rest' ? '' : formatDidRange(lang, r.uncertainty.didVsRest, r.uncertainty.rounding)} />
      </td>
      <td className="num" data-label={col.reallocated}>
        {formatFraction(lang, r.reallocatedShare)}
      </td>
    </tr>
  );
}

/** The uncertainty range under a number (empty when there is none). */
function RangeNote({ lang, text }: { lang: Lang; text: string }) {
  if (!text) return null;
  const [low, high] = text.split(' … ');
  return (
    <span className="range-note" title={twf(lang, 'rangeTitle', { low, high })}>
      {text}
    </span>
  );
}
