/** JSON text → value, or a message that says where it breaks (line and column) and what the file looks like. */
import { msg } from './messages';
import type { ImportMessage } from './types';

export function parseJsonText(
  text: string,
  what: 'JSON' | 'GeoJSON',
): { ok: true; value: unknown } | { ok: false; message: ImportMessage } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const where = locate(text, detail);
    const truncated = /unexpected end/i.test(detail) || /unterminated/i.test(detail);
    const comma = !/position \d+/.test(detail) && /,\s*[\]}]/.test(text);
    const en = `the ${what} is broken${where ? ` at line ${where.line}, column ${where.column}` : ''}${truncated ? ' (the file ends too early: it may be cut off during download)' : ''}${comma ? ' (a comma before "]" or "}")' : ''}; it cannot be read`;
    const nl = `de ${what} is kapot${where ? ` op regel ${where.line}, kolom ${where.column}` : ''}${truncated ? ' (het bestand houdt te vroeg op: het is mogelijk afgebroken tijdens het downloaden)' : ''}${comma ? ' (een komma voor "]" of "}")' : ''}; het kan niet worden gelezen`;
    return {
      ok: false,
      message: msg(what === 'GeoJSON' ? 'broken-geojson' : 'broken-json', 'error', en, nl, where ? { line: where.line } : {}),
    };
  }
}

function locate(text: string, detail: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(detail);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(detail);
  const trailingComma = /,\s*[\]}]/.exec(text);
  const offset = pos ? Number(pos[1]) : /unexpected end/i.test(detail) ? text.length : trailingComma ? trailingComma.index : -1;
  if (offset < 0) return null;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
