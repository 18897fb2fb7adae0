/**
 * Reading URL parameters without ever throwing: each value is length-checked, each rejected value becomes a notice
 * naming the parameter (noticeText shows it in words, url-state-words.ts), and parameters nobody asked for are
 * reported once. Shared by the parts of the URL state (url-state.ts, url-state-classification.ts, …).
 */
import type { Notice } from './i18n';

/** Longest value read for an ordinary parameter (characters). */
export const MAX_PARAM = 64;

export interface ParamReader {
  /** The value of `key`, or null when absent or longer than `max` (then with a notice). */
  get(key: string, max?: number): string | null;
  /** Is `key` in the URL at all (counts as read)? */
  has(key: string): boolean;
  /** Report a value that was not accepted. */
  invalid(key: string, value: string): void;
  warnings: Notice[];
}

/** Parameters other sites add to links (campaign tags): ignored without a notice. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_\w+|ref)$/;
/** Parameters read by other parts of the app (embed origin, load timeout, presenter story). */
export const OTHER_PARAMS: ReadonlySet<string> = new Set(['origin', 'timeout', 'verhaal']);

export function paramReader(params: URLSearchParams, warnings: Notice[]): ParamReader & { unread(): void } {
  const read = new Set<string>();
  return {
    warnings,
    get(key, max = MAX_PARAM) {
      read.add(key);
      const v = params.get(key);
      if (v === null) return null;
      if (v.length > max) {
        warnings.push({ code: 'param_too_long', params: { name: key } });
        return null;
      }
      return v;
    },
    has(key) {
      read.add(key);
      return params.has(key);
    },
    invalid(key, value) {
      warnings.push({ code: 'invalid_param', params: { name: key, value: shorten(value) } });
    },
    /** One notice listing the parameters that were never asked for (at most three names, shortened). */
    unread() {
      const unknown = [...new Set(params.keys())].filter((k) => !read.has(k) && !OTHER_PARAMS.has(k) && !TRACKING.test(k));
      if (unknown.length === 0) return;
      const names = unknown.slice(0, 3).map((k) => `"${shorten(k)}"`);
      warnings.push({ code: 'unknown_param', params: { names: names.join(', ') + (unknown.length > 3 ? ', …' : '') } });
    },
  };
}

/** A value for a notice: at most 40 characters. */
export function shorten(s: string): string {
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}
