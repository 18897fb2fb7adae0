/** The iframe snippet that embeds the current view (?embed=1) in another page. Pure. */
import { serializeState, type ViewState } from '../url-state';
import { normaliseOrigin, ORIGIN_PARAM } from './embed-protocol';

export const EMBED_WIDTH = 480;
export const EMBED_HEIGHT = 320;

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Address of the embed view of `state`, resolved against the app's current address (`href`). `origin`: the embedding
 * site's origin, to which the embed API (embed-protocol.ts) sends its events; left out when not a valid origin.
 */
export function embedUrl(state: ViewState, href: string, origin?: string | null): string {
  const url = new URL(serializeState({ ...state, embed: true, present: false }), href);
  const o = normaliseOrigin(origin);
  if (o) url.searchParams.set(ORIGIN_PARAM, o);
  return url.href;
}

/** Address of the full app for `state` (what the embed's title links to). */
export function fullUrl(state: ViewState, href: string): string {
  return new URL(serializeState({ ...state, embed: false }), href).href;
}

export function embedSnippet(state: ViewState, href: string, title: string, origin?: string | null): string {
  return `<iframe src="${attr(embedUrl(state, href, origin))}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" title="${attr(title)}" loading="lazy"></iframe>`;
}
