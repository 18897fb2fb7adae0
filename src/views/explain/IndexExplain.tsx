/** The explanation of one index under its row: meaning, how to read it, where this area stands, and the methods link. */
import { formatNumber, type Lang } from '../../app/i18n';
import { EXPLANATIONS } from './explanations';
import { methodsHref } from './methods-slug';
import { standing } from './standing';
import { StandingStrip } from './StandingStrip';
import { et } from './strings';
import './explain.css';

export interface ExplainContext {
  /** The area the value belongs to (a gemeente's name). */
  name: string;
  /** The same index for every gemeente, for its place in the national distribution; null when not computed. */
  values: readonly number[] | null;
}

export function IndexExplain(props: { lang: Lang; id: string; label: string; value: number | null; context: ExplainContext | null }) {
  const { lang, id, value, context } = props;
  const e = EXPLANATIONS[id];
  if (!e) return null;
  const s = value !== null && context?.values && e.higherIsMoreSegregated ? standing(value, context.values) : null;
  const f = (v: number) => formatNumber(lang, v, 3, 3);
  return (
    <div className="index-explain">
      <p>
        <strong>{et(lang, 'meaning')}:</strong> {e.meaning[lang]}
      </p>
      <p>
        <strong>{et(lang, 'howToRead')}:</strong> {e.read[lang]}
      </p>
      {s && context && value !== null ? (
        <div className="standing">
          <StandingStrip lang={lang} name={context.name} value={value} values={context.values!} />
          <p className="small">
            {et(lang, 'standing', {
              name: context.name,
              value: f(value),
              pct: formatNumber(lang, s.percentile, 0),
              count: s.count,
              rank: s.rank,
              median: f(s.median),
            })}
          </p>
        </div>
      ) : null}
      <p className="small">
        <a href={methodsHref(e.section)}>{et(lang, 'methodsLink')}</a>
      </p>
    </div>
  );
}
