/**
 * The buurt statistics file decoded straight into rows — the same rows, key order and row order as DuckDB's
 * `SELECT * FROM stats_buurt ORDER BY year, code` (StatsRepository.all; a unit test checks they agree) — and the
 * buurt entries of the place search. Pure (hyparquet only): runs in the buurt worker, off the main thread.
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import type { UnitRecord } from '../../data/queries';
import type { SearchEntry } from '../../app/search-index';

type Column = { name: string; text: boolean };

/** The file's metadata and columns, after checking it is Parquet and has the columns every use needs. */
function openFile(buffer: ArrayBuffer): { metadata: ReturnType<typeof parquetMetadata>; columns: Column[] } {
  if (buffer.byteLength < 12) throw new Error(`Not a Parquet file: only ${buffer.byteLength} bytes`);
  if (new TextDecoder().decode(new Uint8Array(buffer, 0, 4)) !== 'PAR1') throw new Error('Not a Parquet file: missing PAR1 header');
  const metadata = parquetMetadata(buffer);
  const columns = parquetSchema(metadata).children.map((c) => ({ name: c.element.name, text: c.element.type === 'BYTE_ARRAY' }));
  for (const required of ['year', 'code', 'name']) {
    if (!columns.some((c) => c.name === required)) throw new Error(`stats for buurt: column "${required}" missing`);
  }
  return { metadata, columns };
}

/** Rows of `columns` only (all years), typed as DuckDB reads them, ordered by year and code. */
async function decode(buffer: ArrayBuffer, metadata: ReturnType<typeof parquetMetadata>, columns: Column[]): Promise<UnitRecord[]> {
  const objects = await parquetReadObjects({ file: buffer, metadata, columns: columns.map((c) => c.name) });
  const rows = objects.map((o) => {
    const r: Record<string, string | number | null> = {};
    for (const { name, text } of columns) {
      const v = o[name] as unknown;
      r[name] = v === null || v === undefined ? null : text ? String(v) : Number(v);
    }
    return r as unknown as UnitRecord;
  });
  return rows.sort((a, b) => a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Every row of the file (all years), typed as DuckDB reads them: INT32 and DOUBLE → number, UTF8 → string. */
export async function decodeBuurtRows(buffer: ArrayBuffer): Promise<UnitRecord[]> {
  const { metadata, columns } = openFile(buffer);
  return decode(buffer, metadata, columns);
}

/** The identity columns the place search needs (a tenth of the decoding work of every column). */
export const NAME_COLUMNS = ['year', 'code', 'name', 'gemeente_code', 'gemeente_name', 'wijk_code', 'wijk_name'] as const;

/** Every row with only NAME_COLUMNS (those the file has), in the order of decodeBuurtRows. */
export async function decodeBuurtNames(buffer: ArrayBuffer): Promise<UnitRecord[]> {
  const { metadata, columns } = openFile(buffer);
  const wanted = new Set<string>(NAME_COLUMNS);
  return decode(
    buffer,
    metadata,
    columns.filter((c) => wanted.has(c.name)),
  );
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The place-search entries of the buurt rows. */
export function buurtSearchEntries(rows: readonly UnitRecord[]): SearchEntry[] {
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: 'buurt' as const,
    gemeente_code: r.gemeente_code,
    gemeente_name: r.gemeente_name,
    wijk_code: text(r.wijk_code),
    wijk_name: text(r.wijk_name),
    year: r.year,
  }));
}
