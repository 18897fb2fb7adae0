/**
 * The embed API's message protocol (version 1), pure: which origin the embedded view talks to, validation of the
 * commands a host page sends, and the events the view sends back. The hook (use-embed-api.ts) does the postMessage
 * work; README.md ("Embed API") documents the format for embedders.
 *
 * Events (view → host): { source: 'segregatieverkenner', version: 1, type, ... }
 *   ready  { state }                     once the view listens
 *   state  { state, id? }                after every change of the view (and in reply to getState)
 *   select { code, name, level, value, variable, year, id? }   code null: selection cleared
 *   hover  { code, name, level, value, variable, year }        code null: the pointer left the areas
 *   error  { error, message, command?, field?, id? }           a command was refused (message in the UI language)
 * Commands (host → view): { target: 'segregatieverkenner', version: 1, type, id? , ... }
 *   select { code: 'GM0363' | 'WK036300' | 'BU03630000' | null }
 *   setVariable { variable }   setYear { year }   setGemeente { code: 'GM0363' | null }   getState {}
 */
import type { Catalog, Level } from '../../data/catalog';
import type { Lang } from '../i18n';
import { variablesFor, yearsFor, type ViewState } from '../url-state';

export const EMBED_SOURCE = 'segregatieverkenner';
export const EMBED_VERSION = 1;
/** URL parameter in which the embedding page declares its origin (filled in by "copy embed code"). */
export const ORIGIN_PARAM = 'origin';

const AREA_CODE = /^(GM\d{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$/;
const GEMEENTE_CODE = /^GM\d{4}$/;
const MAX_TEXT = 64;

export type EmbedCommand =
  | { type: 'select'; code: string | null; id?: string }
  | { type: 'setVariable'; variable: string; id?: string }
  | { type: 'setYear'; year: number; id?: string }
  | { type: 'setGemeente'; code: string | null; id?: string }
  | { type: 'getState'; id?: string };

export const COMMAND_TYPES = ['select', 'setVariable', 'setYear', 'setGemeente', 'getState'] as const;

export type EmbedErrorReason = 'not_a_command' | 'unsupported_version' | 'unknown_command' | 'invalid_value' | 'unavailable';

export interface EmbedError {
  reason: EmbedErrorReason;
  /** The command's type, when it had a readable one. */
  command?: string;
  /** The field whose value was refused. */
  field?: string;
  /** The refused value, shortened, as text. */
  value?: string;
  /** The command's id, echoed so the host can match the reply. */
  id?: string;
}

export type ParsedCommand = { ok: true; command: EmbedCommand } | { ok: false; error: EmbedError };

/** What the host learns about the view (a subset of the URL state). */
export interface EmbedStateSnapshot {
  level: Level;
  year: number;
  variable: string;
  gemeente: string | null;
  selected: string | null;
  lang: Lang;
}

export interface AreaInfo {
  code: string;
  name: string | null;
  level: Level | null;
  value: number | null;
}

export type EmbedEvent =
  | { source: typeof EMBED_SOURCE; version: 1; type: 'ready'; state: EmbedStateSnapshot }
  | { source: typeof EMBED_SOURCE; version: 1; type: 'state'; state: EmbedStateSnapshot; id?: string }
  | ({ source: typeof EMBED_SOURCE; version: 1; type: 'select' | 'hover'; variable: string; year: number; id?: string } & (
      AreaInfo | { code: null; name: null; level: null; value: null }
    ))
  | ({ source: typeof EMBED_SOURCE; version: 1; type: 'error'; message: string; error: EmbedErrorReason } & Omit<EmbedError, 'reason'>);

/** A valid http(s) origin ("https://example.org", "http://localhost:8080"), normalised; null otherwise. */
export function normaliseOrigin(text: string | null | undefined): string | null {
  if (!text || text.length > 200) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // Only an origin: no path, query, fragment or credentials.
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The one origin the view talks to: the `origin` parameter when it is a valid origin, otherwise the origin of the
 * page that loaded the frame (document.referrer), otherwise none (then the API stays silent). Never '*'.
 */
export function allowedOrigin(search: string, referrer: string): string | null {
  let declared: string | null;
  try {
    declared = new URLSearchParams(search).get(ORIGIN_PARAM);
  } catch {
    declared = null;
  }
  if (declared !== null) return normaliseOrigin(declared);
  if (!referrer) return null;
  try {
    return normaliseOrigin(new URL(referrer).origin);
  } catch {
    return null;
  }
}

/** A message is listened to only from the frame's parent window, sent from the allowed origin. */
export function acceptsMessage(e: { origin: string; source: unknown }, allowed: string | null, parent: unknown): boolean {
  return allowed !== null && e.origin === allowed && e.source === parent && e.source !== null;
}

function short(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalid(command: string, field: string, value: unknown, id?: string): ParsedCommand {
  return { ok: false, error: { reason: 'invalid_value', command, field, value: short(value), ...(id ? { id } : {}) } };
}

function unavailable(command: string, field: string, value: unknown, id?: string): ParsedCommand {
  return { ok: false, error: { reason: 'unavailable', command, field, value: short(value), ...(id ? { id } : {}) } };
}

function codeField(d: Record<string, unknown>, type: string, pattern: RegExp, id?: string): ParsedCommand | string | null {
  const code = d.code;
  if (code === null) return null;
  if (typeof code !== 'string' || !pattern.test(code)) return invalid(type, 'code', code, id);
  return code;
}

/**
 * Validates one message from the host against the catalogue and the current view. Never throws; anything but a
 * valid command gives the reason (and the command's id, if it had a readable one).
 */
export function parseCommand(data: unknown, catalog: Catalog, state: ViewState): ParsedCommand {
  if (!isRecord(data) || data.target !== EMBED_SOURCE) return { ok: false, error: { reason: 'not_a_command', value: short(data) } };
  const id = typeof data.id === 'string' && data.id.length <= MAX_TEXT ? data.id : undefined;
  const withId = id ? { id } : {};
  const type = data.type;
  if (data.version !== EMBED_VERSION)
    return {
      ok: false,
      error: {
        reason: 'unsupported_version',
        value: short(data.version),
        ...(typeof type === 'string' ? { command: short(type) } : {}),
        ...withId,
      },
    };
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type))
    return { ok: false, error: { reason: 'unknown_command', command: short(type), ...withId } };
  switch (type) {
    case 'select': {
      const code = codeField(data, type, AREA_CODE, id);
      return typeof code === 'object' && code !== null ? code : { ok: true, command: { type, code, ...withId } };
    }
    case 'setGemeente': {
      const code = codeField(data, type, GEMEENTE_CODE, id);
      return typeof code === 'object' && code !== null ? code : { ok: true, command: { type, code, ...withId } };
    }
    case 'setVariable': {
      const v = data.variable;
      if (typeof v !== 'string' || !catalog.variables.some((x) => x.id === v)) return invalid(type, 'variable', v, id);
      if (!variablesFor(catalog, state.level).includes(v)) return unavailable(type, 'variable', v, id);
      return { ok: true, command: { type, variable: v, ...withId } };
    }
    case 'setYear': {
      const y = data.year;
      if (typeof y !== 'number' || !Number.isInteger(y) || y < 1900 || y > 2200) return invalid(type, 'year', y, id);
      if (!yearsFor(catalog, state.level, state.variable).includes(y)) return unavailable(type, 'year', y, id);
      return { ok: true, command: { type, year: y, ...withId } };
    }
    default:
      return { ok: true, command: { type: 'getState', ...withId } };
  }
}

/** The view-state change a command asks for (select is left to the app's own click handling). */
export function commandPatch(cmd: EmbedCommand): Partial<ViewState> | null {
  switch (cmd.type) {
    case 'setVariable':
      return { variable: cmd.variable };
    case 'setYear':
      return { year: cmd.year };
    case 'setGemeente':
      return cmd.code ? { level: 'wijk', gemeente: cmd.code, selected: null } : { level: 'gemeente', gemeente: null, selected: null };
    default:
      return null;
  }
}

export function snapshot(s: ViewState): EmbedStateSnapshot {
  return { level: s.level, year: s.year, variable: s.variable, gemeente: s.gemeente, selected: s.selected, lang: s.lang };
}

const HEAD = { source: EMBED_SOURCE, version: EMBED_VERSION } as const;

export function readyEvent(s: ViewState): EmbedEvent {
  return { ...HEAD, type: 'ready', state: snapshot(s) };
}

export function stateEvent(s: ViewState, id?: string): EmbedEvent {
  return { ...HEAD, type: 'state', state: snapshot(s), ...(id ? { id } : {}) };
}

export function areaEvent(type: 'select' | 'hover', area: AreaInfo | null, s: ViewState, id?: string): EmbedEvent {
  const where = { variable: s.variable, year: s.year, ...(id ? { id } : {}) };
  return area
    ? { ...HEAD, type, ...where, code: area.code, name: area.name, level: area.level, value: area.value }
    : { ...HEAD, type, ...where, code: null, name: null, level: null, value: null };
}

export function errorEvent(error: EmbedError, message: string): EmbedEvent {
  const { reason, ...rest } = error;
  return { ...HEAD, type: 'error', error: reason, message, ...rest };
}
