/** Pieces shared by the indices panels (wijken of a gemeente, buurten of a gemeente or wijk): a value, a row, warnings. */
import { formatNumber, t, type Lang } from '../../app/i18n';
import { warningText } from '../../app/i18n-warnings';
import type { EngineWarning, IndexValue } from '../../engine/result';
import { INDEX_LABELS } from './index-labels';

/** An index value with 3 decimals, or "–" when missing. */
export const f3 = (lang: Lang, v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : formatNumber(lang, v, 3);

/** One index: its label, its value (the reason as a tooltip when not computable) and its interval, if any. */
export function IndexRow(props: {
  lang: Lang;
  id: string;
  value: IndexValue | undefined;
  ci?: { lower: number; upper: number } | null;
  label?: string;
}) {
  const { lang, id, value: v, ci } = props;
  return (
    <tr data-index={id}>
      <th scope="row">{props.label ?? INDEX_LABELS[id]?.[lang] ?? id}</th>
      <td className="num" title={v && !v.ok ? v.reason : undefined}>
        {v && v.ok ? f3(lang, v.value) : '–'}
      </td>
      <td className="num muted ci">{ci ? `${f3(lang, ci.lower)} – ${f3(lang, ci.upper)}` : ''}</td>
    </tr>
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
