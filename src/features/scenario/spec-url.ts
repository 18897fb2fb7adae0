/**
 * The scenario set-up in the URL: the normalised spec JSON as base64url (UTF-8) in the `scenario` parameter, and
 * back. Decoding never throws: an unreadable or invalid parameter gives the reasons (in Dutch and English), and the
 * app goes on without it. Pure.
 */
import { parseScenarioSpec, type ScenarioIssue, type ScenarioSpec } from '../../engine/scenario';

export const SCENARIO_PARAM = 'scenario';
/** Longest parameter read (characters); longer ones are refused unread. */
export const MAX_SCENARIO_PARAM = 6000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function encodeScenarioParam(spec: ScenarioSpec): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(spec)));
}

export type DecodedScenario = { ok: true; spec: ScenarioSpec } | { ok: false; issues: ScenarioIssue[] };

const unreadable = (en: string, nl: string): DecodedScenario => ({ ok: false, issues: [{ code: 'not_object', path: '', en, nl }] });

export function decodeScenarioParam(param: string): DecodedScenario {
  if (param.length > MAX_SCENARIO_PARAM)
    return unreadable(`longer than ${MAX_SCENARIO_PARAM} characters`, `langer dan ${MAX_SCENARIO_PARAM} tekens`);
  const bytes = fromBase64Url(param);
  if (!bytes) return unreadable('not base64url', 'geen base64url');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return unreadable('not JSON', 'geen JSON');
  }
  const parsed = parseScenarioSpec(json);
  return parsed.ok ? { ok: true, spec: parsed.value } : { ok: false, issues: parsed.errors };
}
