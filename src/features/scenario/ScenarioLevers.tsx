/** The scenario's levers: one editor per lever (one of them active), "add a lever", and the active lever's targets. */
import type { Lang } from '../../app/i18n';
import { addLever, removeLever, toggleUnit, withLever } from './form-model';
import { LeverEditor } from './LeverEditor';
import { ts } from './strings';
import { TargetPicker } from './TargetPicker';
import type { ScenarioMode } from './use-scenario-mode';

export function ScenarioLevers({ lang, sc, nameOf }: { lang: Lang; sc: ScenarioMode; nameOf: (code: string) => string }) {
  const { draft, setDraft } = sc;
  const active = draft.levers[sc.activeLever];
  return (
    <>
      <h3 className="small">{ts(lang, 'levers')}</h3>
      {draft.levers.map((l, i) => (
        <LeverEditor
          key={i}
          lang={lang}
          index={i}
          lever={l}
          onChange={(next) => setDraft(withLever(draft, i, next))}
          onRemove={() => setDraft(removeLever(draft, i))}
          active={i === sc.activeLever}
          onActivate={() => sc.setActiveLever(i)}
          nameOf={nameOf}
        />
      ))}
      <button type="button" onClick={() => setDraft(addLever(draft))}>
        {ts(lang, 'addLever')}
      </button>
      {active ? (
        <TargetPicker
          lang={lang}
          level={draft.level}
          units={sc.units.units}
          chosen={active.units}
          onToggle={(code) => setDraft(toggleUnit(draft, sc.activeLever, code))}
        />
      ) : null}
    </>
  );
}
