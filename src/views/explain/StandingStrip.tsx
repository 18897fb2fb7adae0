/** A small strip: one tick per area's value, a marker for this area; the numbers are in the text next to it. */
import { scaleLinear } from 'd3';
import type { Lang } from '../../app/i18n';
import { et } from './strings';

const W = 220,
  H = 22;

export function StandingStrip(props: { lang: Lang; name: string; value: number; values: readonly number[] }) {
  const finite = props.values.filter(Number.isFinite);
  const lo = Math.min(...finite, props.value),
    hi = Math.max(...finite, props.value);
  const x = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([4, W - 4]);
  return (
    <svg
      className="standing-strip"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={et(props.lang, 'stripLabel', { name: props.name })}
    >
      <line x1={4} x2={W - 4} y1={H / 2} y2={H / 2} className="strip-axis" />
      {finite.map((v, i) => (
        <line key={i} x1={x(v)} x2={x(v)} y1={6} y2={H - 6} className="strip-tick" />
      ))}
      <circle cx={x(props.value)} cy={H / 2} r={5} className="strip-marker" />
    </svg>
  );
}
