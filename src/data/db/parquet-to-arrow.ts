/**
 * DuckDB-WASM cannot load its parquet extension offline, so Parquet is decoded in JS (hyparquet) and handed to
 * DuckDB as an Arrow IPC stream. Types follow the Parquet schema: INT32 → Int32, UTF8 → Utf8, DOUBLE → Float64.
 */
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import { float64Vector, int32Vector, utf8Vector } from './arrow-columns';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';

export interface DecodedParquet {
  columns: string[];
  rows: number;
  /** The decoded table, readable in JS before DuckDB is ready. */
  table: Table;
  /** The same table as an Arrow IPC stream, for DuckDB's insertArrowFromIPCStream. */
  ipc: Uint8Array;
}

export async function parquetToArrowIPC(buffer: ArrayBuffer): Promise<DecodedParquet> {
  if (buffer.byteLength < 12) throw new Error(`Not a Parquet file: only ${buffer.byteLength} bytes`);
  const magic = new TextDecoder().decode(new Uint8Array(buffer, 0, 4));
  if (magic !== 'PAR1') throw new Error('Not a Parquet file: missing PAR1 header');
  const metadata = parquetMetadata(buffer);
  const schema = parquetSchema(metadata);
  const objects = await parquetReadObjects({ file: buffer, metadata });
  const vectors: Record<string, Vector> = {};
  for (const child of schema.children) {
    const el = child.element;
    const name = el.name;
    const values = objects.map((o) => o[name] ?? null);
    if (el.type === 'INT32') vectors[name] = int32Vector(values);
    else if (el.type === 'BYTE_ARRAY') vectors[name] = utf8Vector(values);
    else vectors[name] = float64Vector(values);
  }
  const table = new Table(vectors);
  return { columns: Object.keys(vectors), rows: table.numRows, table, ipc: tableToIPC(table, 'stream') };
}
