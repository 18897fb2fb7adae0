/**
 * What the panel says about one imported file, in the UI language (pure, testable): the outcome, the format, year
 * and counts per level, each message with its severity (errors first), and the recognised and other columns.
 */
import type { Lang } from '../../app/i18n';
import { IMPORT_LEVELS, messageText, type ImportFormat, type ImportResult, type Severity } from '../../data/import';
import type { Outcome } from './imports';
import { ti, tif, type ImportKey } from './strings';

export interface ReportLine {
  severity: Severity;
  label: string;
  text: string;
}

export interface FileReportView {
  status: string;
  /** True when the file became a table. */
  imported: boolean;
  facts: string[];
  messages: ReportLine[];
  mapped: string[];
  unmapped: string[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_KEY = { error: 'sevError', warning: 'sevWarning', info: 'sevInfo' } as const;

export function formatName(lang: Lang, format: ImportFormat | null): string {
  return ti(lang, (format ? `fmt_${format.replace('-', '_')}` : 'fmt_unknown') as ImportKey);
}

export function levelName(lang: Lang, level: string): string {
  return ti(lang, `lvl_${level}` as ImportKey);
}

function statusOf(lang: Lang, outcome: Outcome, r: ImportResult, table: string | null): string {
  if (outcome === 'saved') return tif(lang, 'saved', { table: table ?? '' });
  if (outcome === 'store-failed') return `${tif(lang, 'saved', { table: table ?? '' })} ${ti(lang, 'storeFailed')}`;
  if (outcome === 'register-failed') return ti(lang, 'registerFailed');
  return r.ok ? ti(lang, 'nothingUsable') : ti(lang, 'notSaved');
}

function facts(lang: Lang, r: ImportResult): string[] {
  const out = [`${ti(lang, 'format')}: ${formatName(lang, r.format)}`];
  if (r.year !== null) out.push(`${ti(lang, 'year')}: ${r.year}`);
  if (r.kind === 'boundaries') out.push(tif(lang, 'features', { n: r.features.length }));
  else
    for (const l of IMPORT_LEVELS)
      if (r.rows[l].length > 0) out.push(tif(lang, 'counts', { level: levelName(lang, l), n: r.rows[l].length }));
  return out;
}

export function reportView(lang: Lang, r: ImportResult, outcome: Outcome, table: string | null): FileReportView {
  const messages = r.messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => SEVERITY_ORDER[a.m.severity] - SEVERITY_ORDER[b.m.severity] || a.i - b.i)
    .map(({ m }) => ({ severity: m.severity, label: ti(lang, SEVERITY_KEY[m.severity]), text: messageText(m, lang) }));
  return {
    status: statusOf(lang, outcome, r, table),
    imported: outcome === 'saved' || outcome === 'store-failed',
    facts: facts(lang, r),
    messages,
    mapped: r.mapped.map((m) =>
      m.how === 'share-of' && m.per
        ? tif(lang, 'mappedShare', { source: m.source, variable: m.variable, per: m.per })
        : `${m.source} → ${m.variable}`,
    ),
    unmapped: r.unmapped.map((u) => (u.label && u.label !== u.source ? `${u.source} (${u.label})` : u.source)),
  };
}
