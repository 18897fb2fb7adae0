/** Pieces shared by the indices panels (wijken of a gemeente, buurten of a gemeente or wijk): a value, a row, warnings. */
import { useId, useState } from 'react';
import { formatNumber, t, type Lang } from '../../app/i18n';
import { warningText } from '../../app/i18n-warnings';
import type { EngineWarning, IndexValue } from '../../engine/result';
import { EXPLANATIONS } from '../explain/explanations';
import { IndexExplain, type ExplainContext } from '../explain/IndexExplain';
import { et, reasonText } from '../explain/strings';
import '../explain/explain.css';
import { INDEX_LABELS } from './index-labels';

/** An index value with 3 decimals, or "–" when missing. */
export const f3 = (lang: Lang, v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : formatNumber(lang, v, 3);

/**
 * One index: its label, its value (the reason as a tooltip when not computable) and its interval, if any; with an
 * explanation button that opens a row below with its meaning, how to read it and where the area stands.
 */
export function IndexRow(props: {
  lang: Lang;
  id: string;
  value: IndexValue | undefined;
  ci?: { lower: number; upper: number } | null;
  label?: string;
  /** The area and every gemeente's value of this index (for its place among them); null: meaning only. */
  explain?: ExplainContext | null;
  /** A value computed outside IndexValue (expected D, D minus expected D). */
  plain?: number | null;
}) {
  const { lang, id, value: v, ci, plain } = props;
  const [open, setOpen] = useState(false);
  const rowId = useId();
  const label = props.label ?? INDEX_LABELS[id]?.[lang] ?? id;
  const numeric = plain !== undefined ? plain : v && v.ok ? v.value : null;
  const canExplain = props.explain !== undefined && EXPLANATIONS[id] !== undefined;
  return (
    <>
      <tr data-index={id}>
        <th scope="row">
          {label}
          {canExplain ? (
            <button
              type="button"
              className="explain-toggle"
              aria-expanded={open}
              aria-controls={rowId}
              aria-label={et(lang, 'explain', { index: label })}
              onClick={() => setOpen((o) => !o)}
            >
              ?
            </button>
          ) : null}
        </th>
        <td className="num" title={plain === undefined && v && !v.ok ? (reasonText(lang, v.code) ?? v.reason) : undefined}>
          {f3(lang, numeric)}
        </td>
        <td className="num muted ci">{ci ? `${f3(lang, ci.lower)} – ${f3(lang, ci.upper)}` : ''}</td>
      </tr>
      {canExplain && open ? (
        <tr id={rowId} className="explain-row">
          <td colSpan={3}>
            <IndexExplain lang={lang} id={id} label={label} value={numeric} context={props.explain ?? null} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** The engine's warnings in the UI language, folded. */
export function WarningList({ lang, warnings }: { lang: Lang; warnings: readonly EngineWarning[] }) {
  if (!warnings.length) return null;
  return (
    <details className="small">
      <summary>
        {t(lang, 'warnings')} ({warnings.length})
      </summary>
      <ul>
        {warnings.map((w, i) => (
          <li key={i} data-code={w.code}>
            {warningText(lang, w)}
          </li>
        ))}
      </ul>
    </details>
  );
}
