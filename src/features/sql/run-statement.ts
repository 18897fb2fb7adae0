/**
 * One run of the console: DuckDB's tokenizer → the statement rule (classify.ts) → the read-only session. A first
 * word that starts no statement (a typo such as SELEC) gets DuckDB's own parser error without running anything:
 * the text is parsed inside `query()`, which runs SELECT statements only; should it parse, it is refused.
 */
import { literal, type SqlResult, type SqlSession } from '../../data/db/db';
import { classify } from './classify';
import { duckdbText, type Failure } from './errors';
import { MAX_ROWS } from './result';

export type RunOutcome = { result: SqlResult; failure: null } | { result: null; failure: Failure };

async function parserFailure(s: SqlSession, sql: string, word: string): Promise<Failure> {
  try {
    await s.run(`SELECT * FROM query(${literal(sql.trim().replace(/;+\s*$/, ''))}) LIMIT 0`, 0);
  } catch (error) {
    // DuckDB's "LINE 1: …" excerpt would show the query() wrapper, not the user's text: keep the message only.
    return { error: new Error(duckdbText(error).replace(/\s*LINE \d+:[\s\S]*$/, '')) };
  }
  return { verdict: { ok: false, reason: 'refused', keyword: word } };
}

export async function runStatement(s: SqlSession, text: string, maxRows = MAX_ROWS): Promise<RunOutcome> {
  try {
    const verdict = classify(text, await s.tokenize(text));
    if (!verdict.ok) {
      const failure = verdict.reason === 'unknown' ? await parserFailure(s, text, verdict.word) : { verdict };
      return { result: null, failure };
    }
    return { result: await s.run(verdict.sql, maxRows), failure: null };
  } catch (error) {
    return { result: null, failure: { error } };
  }
}
