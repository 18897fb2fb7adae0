/**
 * The embed API in the embedded view (?embed=1): posts ready/state/select/hover/error events to the parent page —
 * only to the one allowed origin (embed-protocol.ts: allowedOrigin), never '*' — and carries out the parent's
 * commands after checking the sender (origin and window) and every field. A refused command gets an 'error' event
 * back and a notice in the UI language; nothing throws.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Catalog } from '../../data/catalog';
import type { ViewState } from '../url-state';
import {
  acceptsMessage,
  allowedOrigin,
  areaEvent,
  commandPatch,
  errorEvent,
  parseCommand,
  readyEvent,
  snapshot,
  stateEvent,
  type AreaInfo,
  type EmbedError,
  type EmbedEvent,
} from './embed-protocol';
import { ts, type ShareKey } from './strings';

export interface EmbedApiOptions {
  active: boolean;
  catalog: Catalog;
  state: ViewState;
  /** The selected area with its name (null while the name is not known yet) and the shown value. */
  selected: AreaInfo | null;
  hovered: AreaInfo | null;
  /** Selects an area as a click on the map does (null clears the selection). */
  onSelect: (code: string | null) => void;
  update: (patch: Partial<ViewState>) => void;
}

function framedParent(): Window | null {
  return window.parent !== window ? window.parent : null;
}

export function errorMessage(lang: ViewState['lang'], e: EmbedError): string {
  return ts(lang, `api_${e.reason}` as ShareKey, { command: e.command ?? '', field: e.field ?? '', value: e.value ?? '' });
}

/** Returns the last refused command's notice (UI language) and a way to dismiss it. */
export function useEmbedApi(o: EmbedApiOptions): { notice: string | null; dismiss: () => void } {
  // Read once, before the app rewrites the address bar (the `origin` parameter is not part of the view state).
  const [allowed] = useState(() => (o.active && framedParent() ? allowedOrigin(window.location.search, document.referrer) : null));
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(o);
  const pendingId = useRef<string | undefined>(undefined);
  useEffect(() => {
    latest.current = o;
  });
  const post = useCallback(
    (ev: EmbedEvent) => {
      const parent = framedParent();
      if (allowed && parent) parent.postMessage(ev, allowed);
    },
    [allowed],
  );

  useEffect(() => {
    if (!allowed) return;
    const onMessage = (e: MessageEvent) => {
      if (!acceptsMessage(e, allowed, framedParent())) return; // someone else: ignored without a word
      const { catalog, state, onSelect, update } = latest.current;
      const parsed = parseCommand(e.data, catalog, state);
      if (!parsed.ok) {
        const message = errorMessage(state.lang, parsed.error);
        setNotice(message);
        post(errorEvent(parsed.error, message));
        return;
      }
      const cmd = parsed.command;
      if (cmd.type === 'getState') post(stateEvent(state, cmd.id));
      else if (cmd.type === 'select') {
        pendingId.current = cmd.id;
        onSelect(cmd.code);
      } else update(commandPatch(cmd)!);
    };
    window.addEventListener('message', onMessage);
    post(readyEvent(latest.current.state));
    return () => window.removeEventListener('message', onMessage);
  }, [allowed, post]);

  // The view changed (by a command or in the frame itself).
  const snap = JSON.stringify(snapshot(o.state));
  const lastSnap = useRef(snap);
  useEffect(() => {
    if (snap === lastSnap.current) return;
    lastSnap.current = snap;
    post(stateEvent(latest.current.state));
  }, [snap, post]);

  // Selection: sent once its name is known (or at once when cleared).
  const sel = o.selected;
  const selKey = sel ? (sel.name === null ? null : `${sel.code}|${sel.name}`) : '';
  const lastSel = useRef('');
  useEffect(() => {
    if (selKey === null || selKey === lastSel.current) return;
    lastSel.current = selKey;
    const { selected, state } = latest.current;
    post(areaEvent('select', selected, state, pendingId.current));
    pendingId.current = undefined;
  }, [selKey, post]);

  // Hover: one event per area entered, and one (code null) when the pointer leaves the areas.
  const hoverKey = o.hovered?.code ?? '';
  const lastHover = useRef('');
  useEffect(() => {
    if (hoverKey === lastHover.current) return;
    lastHover.current = hoverKey;
    const { hovered, state } = latest.current;
    post(areaEvent('hover', hovered, state));
  }, [hoverKey, post]);

  return { notice, dismiss: useCallback(() => setNotice(null), []) };
}
