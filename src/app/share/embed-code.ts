/** The iframe snippet that embeds the current view (?embed=1) in another page. Pure. */
import { serializeState, type ViewState } from '../url-state';

export const EMBED_WIDTH = 480;
export const EMBED_HEIGHT = 320;

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Address of the embed view of `state`, resolved against the app's current address (`href`). */
export function embedUrl(state: ViewState, href: string): string {
  return new URL(serializeState({ ...state, embed: true, present: false }), href).href;
}

/** Address of the full app for `state` (what the embed's title links to). */
export function fullUrl(state: ViewState, href: string): string {
  return new URL(serializeState({ ...state, embed: false }), href).href;
}

export function embedSnippet(state: ViewState, href: string, title: string): string {
  return `<iframe src="${attr(embedUrl(state, href))}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" title="${attr(title)}" loading="lazy"></iframe>`;
}
