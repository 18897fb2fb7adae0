/** Scenario mode's drawer under the map: indices per rule, the zones, the ledger, per unit, levers and notes. */
import type { Lang } from '../../app/i18n';
import { IndicesTable } from './IndicesTable';
import { LedgerTable } from './LedgerTable';
import { ResultNotes } from './ResultNotes';
import { ts } from './strings';
import { UnitsTable } from './UnitsTable';
import type { ScenarioMode } from './use-scenario-mode';
import { ZonesTable } from './ZonesTable';
import './scenario.css';

export function ScenarioDrawer({
  lang,
  sc,
  highlighted,
  onHover,
}: {
  lang: Lang;
  sc: ScenarioMode;
  highlighted: string | null;
  onHover: (code: string | null) => void;
}) {
  const result = sc.run.result;
  return (
    <section className="drawer drawer-scenario">
      {result && sc.rule ? (
        <div className="scenario-drawer">
          <IndicesTable lang={lang} result={result} />
          <ZonesTable lang={lang} result={result} />
          <LedgerTable lang={lang} result={result} rule={sc.rule} />
          <UnitsTable lang={lang} result={result} rule={sc.rule} highlighted={highlighted} onHover={onHover} />
          <ResultNotes lang={lang} result={result} rule={sc.rule} />
        </div>
      ) : (
        <p className="muted small pad">
          {sc.run.busy ? ts(lang, 'computing') : sc.run.refusal || sc.run.failure ? ts(lang, 'notComputed') : ts(lang, 'empty')}
        </p>
      )}
    </section>
  );
}
