/**
 * The SQL console's state: its session (opened once per page on first use and kept, like the editor text, when
 * the drawer closes), the table list, and running / cancelling a query with its elapsed time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SqlResult, SqlSession } from '../../data/db/db';
import type { Failure } from './errors';
import { EXAMPLES } from './examples';
import { MAX_ROWS } from './result';
import { runStatement } from './run-statement';
import { groupTables, TABLES_SQL, type TableInfo } from './tables';

export type ConsoleStatus = 'starting' | 'ready' | 'failed';

export interface Outcome {
  result: SqlResult | null;
  /** Kept raw, so its message follows a later change of the UI language. */
  failure: Failure | null;
  ms: number;
}

/** Kept across mounts (the drawer tab can be switched away and back: nothing typed is lost). */
const memory: { text: string; session: Promise<SqlSession> | null; outcome: Outcome | null } = {
  text: EXAMPLES[0]!.sql,
  session: null,
  outcome: null,
};

function sessionOf(open: () => Promise<SqlSession>): Promise<SqlSession> {
  if (!memory.session) {
    const s = open();
    memory.session = s;
    s.catch(() => {
      if (memory.session === s) memory.session = null;
    });
  }
  return memory.session;
}

export function useSqlConsole(open: () => Promise<SqlSession>) {
  const [text, setTextState] = useState(memory.text);
  const [status, setStatus] = useState<ConsoleStatus>('starting');
  const [tables, setTables] = useState<TableInfo[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(memory.outcome);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const session = useRef<SqlSession | null>(null);

  useEffect(() => {
    let live = true;
    sessionOf(open).then(
      async (s) => {
        if (!live) return;
        session.current = s;
        setStatus('ready');
        const list = await s.run(TABLES_SQL, MAX_ROWS).catch(() => null);
        if (live && list) setTables(groupTables(list));
      },
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [open]);

  const setText = useCallback((t: string) => {
    memory.text = t;
    setTextState(t);
  }, []);

  const finish = useCallback((o: Outcome) => {
    memory.outcome = o;
    setOutcome(o);
    setStartedAt(null);
  }, []);

  const run = useCallback(async () => {
    const s = session.current;
    if (!s || startedAt !== null) return;
    const t0 = performance.now();
    setStartedAt(t0);
    const outcome = await runStatement(s, memory.text);
    finish({ ...outcome, ms: outcome.result ? performance.now() - t0 : 0 });
  }, [finish, startedAt]);

  const cancel = useCallback(() => {
    void session.current?.cancel();
  }, []);

  return { text, setText, status, tables, outcome, running: startedAt !== null, startedAt, run, cancel };
}
