/**
 * Import messages: one code, a severity and the text in Dutch and English (Dutch first where shown). Helpers to
 * build them with a location ("regel 12" / "line 12", "record 3", "object 5") and a few examples.
 */
import type { ImportMessage, ImportResult, MessageCode, Severity } from './types';

export type Place = 'line' | 'record' | 'feature';

const PLACE: Record<Place, { en: string; nl: string }> = {
  line: { en: 'line', nl: 'regel' },
  record: { en: 'record', nl: 'record' },
  feature: { en: 'feature', nl: 'object' },
};

export function msg(
  code: MessageCode,
  severity: Severity,
  en: string,
  nl: string,
  extra: Partial<Pick<ImportMessage, 'line' | 'examples' | 'count'>> = {},
): ImportMessage {
  return { code, severity, en, nl, ...extra };
}

/** "line 12" / "regel 12". */
export function at(place: Place, n: number): { en: string; nl: string } {
  return { en: `${PLACE[place].en} ${n}`, nl: `${PLACE[place].nl} ${n}` };
}

/** Quote a few examples: "GM9999" (line 4), "XX12" (line 7), … */
export function exampleList(items: readonly string[], total: number): { en: string; nl: string } {
  const shown = items.slice(0, 5).join(', ');
  const more = total > items.length || total > 5 ? Math.max(total - Math.min(items.length, 5), 0) : 0;
  return {
    en: more > 0 ? `${shown} and ${more} more` : shown,
    nl: more > 0 ? `${shown} en nog ${more}` : shown,
  };
}

export const quote = (s: string): string => {
  const clean = s.replace(/[\p{Cc}\ufffd]/gu, '?');
  return `"${clean.length > 40 ? `${clean.slice(0, 37)}…` : clean}"`;
};

export function messageText(m: ImportMessage, lang: 'nl' | 'en'): string {
  return lang === 'nl' ? m.nl : m.en;
}

export const hasErrors = (r: Pick<ImportResult, 'messages'>): boolean => r.messages.some((m) => m.severity === 'error');

/** A file size in words: "200 MB", "1.5 MB", "1.1 kB", "800 bytes". */
export function MB(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10) return `${Math.round(mb)} MB`;
  if (mb >= 1) return `${Math.round(mb * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 102.4) / 10} kB`;
  return `${bytes} bytes`;
}
