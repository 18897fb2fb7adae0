/** One index's value for every gemeente of a batch result (the ranking), for the place of one gemeente among all. */
import type { IndexValue } from '../../engine/result';
import type { IndicesRecord } from '../../pipeline/indices';

function valueOf(r: IndicesRecord, id: string): number | null {
  const ok = (v: IndexValue | undefined) => (v && v.ok ? v.value : null);
  if (id === 'M') return ok(r.multigroup.M);
  if (id === 'DadjQueen') return ok(r.DadjQueen);
  if (id === 'expectedD') return r.expected?.D ?? null;
  if (id === 'dExcess') return r.dExcess;
  return ok((r.twoGroup as Record<string, IndexValue | undefined>)[id]);
}

/** The finite values of index `id` over the records, or null when fewer than 2 gemeenten have one. */
export function nationalValues(records: readonly IndicesRecord[] | null, id: string): number[] | null {
  if (!records) return null;
  const values = records.map((r) => valueOf(r, id)).filter((v): v is number => v !== null && Number.isFinite(v));
  return values.length >= 2 ? values : null;
}
