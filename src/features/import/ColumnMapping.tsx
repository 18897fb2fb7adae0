/**
 * What a kept import adds to the pickers, and mapping its other numeric columns by hand: each to a catalogue
 * variable, or as a new variable with its own name and kind (overlay-model.ts turns the choices into variables).
 */
import { useState } from 'react';
import type { Lang } from '../../app/i18n';
import { VARIABLES } from '../../data/variables';
import { CUSTOM_KINDS, type CustomKind, type HandMapping } from './overlay-model';
import { levelName } from './report';
import type { ImportEntry } from './storage-model';
import type { UnmappedColumn } from '../../data/import/types';
import { ti, tif, type ImportKey } from './strings';

const NEW = '__new';

interface Draft {
  target: string;
  label: string;
  kind: CustomKind;
}

function draftsOf(entry: ImportEntry): Record<string, Draft> {
  return Object.fromEntries(
    entry.unmapped.map((u) => {
      const m = entry.mapping.find((x) => x.source === u.source);
      const target = !m ? '' : (m.variable ?? NEW);
      return [u.source, { target, label: m?.custom?.label ?? u.label, kind: m?.custom?.kind ?? 'count' }];
    }),
  );
}

const labelOf = (lang: Lang, id: string, entry: ImportEntry): string =>
  VARIABLES.find((v) => v.id === id)?.label[lang] ?? entry.overlay?.columns.find((c) => c.variable === id)?.custom?.label[lang] ?? id;

/** Check the choices; a message (in the UI language) when they cannot be applied. */
function check(lang: Lang, entry: ImportEntry, drafts: Record<string, Draft>): { mapping: HandMapping[]; problem: string | null } {
  const auto = new Set(
    (entry.overlay?.columns ?? []).filter((c) => !c.custom && !entry.mapping.some((m) => m.variable === c.variable)).map((c) => c.variable),
  );
  const mapping: HandMapping[] = [];
  for (const [source, d] of Object.entries(drafts)) {
    if (d.target === '') continue;
    if (d.target === NEW) {
      if (!d.label.trim()) return { mapping, problem: ti(lang, 'mapNameMissing') };
      mapping.push({ source, variable: null, custom: { label: d.label.trim(), kind: d.kind } });
      continue;
    }
    if (auto.has(d.target)) return { mapping, problem: tif(lang, 'mapUsedTwice', { variable: labelOf(lang, d.target, entry) }) };
    auto.add(d.target);
    mapping.push({ source, variable: d.target });
  }
  return { mapping, problem: null };
}

export function ImportProvides({ lang, entry }: { lang: Lang; entry: ImportEntry }) {
  const cols = entry.overlay?.columns ?? [];
  const text = cols
    .map((c) => `${labelOf(lang, c.variable, entry)} (${c.levels.map((l) => levelName(lang, l)).join(', ')} ${entry.overlay!.year})`)
    .join('; ');
  return (
    <p className="small import-provides">
      <strong>{ti(lang, 'provides')}:</strong> {text || ti(lang, 'providesNone')}
    </p>
  );
}

interface MappingRowProps {
  lang: Lang;
  column: UnmappedColumn;
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
}

/** One other numeric column: skip it, map it onto a catalogue variable, or keep it as a new variable (name, kind). */
function MappingRow({ lang, column: u, draft: d, onChange }: MappingRowProps) {
  return (
    <tr data-column={u.source}>
      <td>{u.label !== u.source ? `${u.source} (${u.label})` : u.source}</td>
      <td>
        <select
          className="import-map-target"
          aria-label={`${ti(lang, 'mapTarget')} ${u.source}`}
          value={d.target}
          onChange={(e) => onChange({ target: e.target.value })}
        >
          <option value="">{ti(lang, 'mapSkip')}</option>
          <option value={NEW}>{ti(lang, 'mapNew')}</option>
          {VARIABLES.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label[lang]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {d.target === NEW ? (
          <input
            className="import-map-name"
            aria-label={`${ti(lang, 'mapName')} ${u.source}`}
            value={d.label}
            onChange={(e) => onChange({ label: e.target.value })}
          />
        ) : null}
      </td>
      <td>
        {d.target === NEW ? (
          <select
            className="import-map-kind"
            aria-label={`${ti(lang, 'mapKind')} ${u.source}`}
            value={d.kind}
            onChange={(e) => onChange({ kind: e.target.value as CustomKind })}
          >
            {CUSTOM_KINDS.map((k) => (
              <option key={k} value={k}>
                {ti(lang, `kind_${k}` as ImportKey)}
              </option>
            ))}
          </select>
        ) : null}
      </td>
    </tr>
  );
}

export function ColumnMapping({ lang, entry, onApply }: { lang: Lang; entry: ImportEntry; onApply: (m: HandMapping[]) => void }) {
  const [drafts, setDrafts] = useState(() => draftsOf(entry));
  const [said, setSaid] = useState<string | null>(null);
  if (entry.unmapped.length === 0) return null;
  const change = (source: string, patch: Partial<Draft>) => {
    setDrafts((d) => ({ ...d, [source]: { ...d[source]!, ...patch } }));
    setSaid(null);
  };
  const apply = () => {
    const { mapping, problem } = check(lang, entry, drafts);
    setSaid(problem ?? ti(lang, 'mapApplied'));
    if (!problem) onApply(mapping);
  };
  return (
    <details className="import-mapping" data-table={entry.table} open={entry.mapping.length > 0 || undefined}>
      <summary className="small">
        {ti(lang, 'mapTitle')}: {entry.fileName}
      </summary>
      {entry.year === null ? (
        <p className="small import-warn">{ti(lang, 'mapNoYear')}</p>
      ) : (
        <p className="muted small">{ti(lang, 'mapIntro')}</p>
      )}
      <table className="import-map-table">
        <thead>
          <tr>
            <th>{ti(lang, 'mapColumn')}</th>
            <th>{ti(lang, 'mapTarget')}</th>
            <th>{ti(lang, 'mapName')}</th>
            <th>{ti(lang, 'mapKind')}</th>
          </tr>
        </thead>
        <tbody>
          {entry.unmapped.map((u) => (
            <MappingRow key={u.source} lang={lang} column={u} draft={drafts[u.source]!} onChange={(patch) => change(u.source, patch)} />
          ))}
        </tbody>
      </table>
      <button type="button" className="import-map-apply" onClick={apply} disabled={entry.year === null}>
        {ti(lang, 'mapApply')}
      </button>
      {said ? (
        <span className="small import-map-said" role="status">
          {said}
        </span>
      ) : null}
    </details>
  );
}
