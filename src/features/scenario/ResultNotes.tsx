/** The levers as computed (with the target-mix solver's answer), the assumptions, approximations and caveats. */
import type { Lang } from '../../app/i18n';
import type { LeverUnitReport, RuleOutcome, ScenarioResult } from '../../engine/scenario';
import { fmtNum } from './format';
import { ts, tsf } from './strings';

function unitLine(lang: Lang, u: LeverUnitReport): string | null {
  const parts: string[] = [];
  if (u.solver) {
    const s = u.solver;
    parts.push(
      tsf(lang, 'solver', {
        measure: ts(lang, `measure_${s.measure}`),
        before: fmtNum(lang, s.beforePct, 1),
        after: fmtNum(lang, s.afterPct, 1),
        bound: ts(lang, s.bound),
        target: s.targetPct,
        n: fmtNum(lang, s.conversions, 0),
      }),
    );
  }
  if (u.yearsOfTurnover !== null) parts.push(tsf(lang, 'yearsOfTurnover', { years: fmtNum(lang, u.yearsOfTurnover, 1) }));
  return parts.length ? `${u.name}: ${parts.join('; ')}` : null;
}

export function ResultNotes({ lang, result, rule }: { lang: Lang; result: ScenarioResult; rule: RuleOutcome }) {
  return (
    <div className="scenario-notes">
      <h3 className="small">{ts(lang, 'leversTitle')}</h3>
      <ul className="scenario-levers">
        {rule.levers.map((l) => (
          <li key={l.index} data-lever={l.index}>
            {l.text[lang]}
            {l.units.map((u) => unitLine(lang, u)).filter(Boolean).length ? (
              <ul>
                {l.units.map((u) => {
                  const line = unitLine(lang, u);
                  return line ? <li key={u.code}>{line}</li> : null;
                })}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <h3 className="small">{ts(lang, 'assumptionsTitle')}</h3>
      <ul className="scenario-assumption-list">
        {result.assumptions.map((a) => (
          <li key={a.id} data-assumption={a.id}>
            {a.text[lang]} {a.isDefault ? <span className="muted small">{ts(lang, 'isDefault')}</span> : null}
          </li>
        ))}
      </ul>
      <h3 className="small">{ts(lang, 'approximationsTitle')}</h3>
      <ul className="scenario-approximations">
        {result.approximations.map((a) => (
          <li key={a.code} data-code={a.code}>
            {a.text[lang]}
          </li>
        ))}
      </ul>
      {result.warnings.length ? (
        <>
          <h3 className="small">{ts(lang, 'warnings')}</h3>
          <ul className="scenario-warnings">
            {result.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`} data-code={w.code}>
                {w[lang]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
