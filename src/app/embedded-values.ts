/**
 * The map's values of the embedded gemeente and wijk statistics, read from the decoded Arrow tables
 * (src/data/arrow-values.ts). Once a level's table and the reader are in memory, `now` answers on the spot: a switch
 * of indicator or year, or a drill-down, then renders its new classes in the same task as the click, without a
 * promise round trip and the extra frame it costs. `get` is the same answer when the table may still be loading.
 */
import type { Table } from 'apache-arrow';
import type { UnitValue } from '../data/queries';
import type { DecodedParquet } from '../data/db/parquet-to-arrow';

export type EmbeddedLevel = 'gemeente' | 'wijk';
type Reader = typeof import('../data/arrow-values');

/** Answers `now` keeps (a view re-renders often; the same question then gets the same array, no new scan). */
const KEEP = 16;

export class EmbeddedValues {
  private readonly tables = new Map<EmbeddedLevel, Table>();
  private reader: Reader | null = null;
  private readonly answers = new Map<string, UnitValue[]>();

  constructor(private readonly decoded: (level: EmbeddedLevel) => Promise<DecodedParquet>) {}

  /** The values of `variable` for a level/year (and gemeente), once the level's table is decoded. */
  async get(level: EmbeddedLevel, year: number, variable: string, gemeente?: string): Promise<UnitValue[]> {
    const [d, reader] = await Promise.all([this.decoded(level), this.load()]);
    this.use(level, d.table);
    return answer(reader, d.table, level, year, variable, gemeente);
  }

  /** A level's table is decoded: `now` can answer for it (once the reader, loaded from here, is in). */
  use(level: EmbeddedLevel, table: Table): void {
    if (this.tables.get(level) === table) return;
    for (const k of this.answers.keys()) if (k.startsWith(`${level}|`)) this.answers.delete(k);
    this.tables.set(level, table);
    void this.load().catch(() => undefined); // `get` reports a failure to load the reader
  }

  private async load(): Promise<Reader> {
    return (this.reader ??= await import('../data/arrow-values'));
  }

  /**
   * The same answer at once, or null when it cannot be given synchronously: the table or the reader is not in
   * memory yet, or the question is invalid (the asynchronous `get` then reports the error). The same question
   * gets the same array.
   */
  now(level: EmbeddedLevel, year: number, variable: string, gemeente?: string): UnitValue[] | null {
    const table = this.tables.get(level);
    if (!table || !this.reader) return null;
    const key = `${level}|${year}|${variable}|${gemeente ?? ''}`;
    let rows = this.answers.get(key);
    if (!rows) {
      try {
        rows = answer(this.reader, table, level, year, variable, gemeente);
      } catch {
        return null;
      }
      if (this.answers.size >= KEEP) this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(key, rows);
    }
    return rows;
  }
}

function answer(reader: Reader, table: Table, level: EmbeddedLevel, year: number, variable: string, gemeente?: string): UnitValue[] {
  return new reader.ArrowValues(new Map([[level, table]])).values(level, year, variable, gemeente);
}
