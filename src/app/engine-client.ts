/** The app's handle on the engine worker (comlink). One worker for the whole app, created on first use. */
import { wrap, type Remote } from 'comlink';
import type { EngineApi } from '../worker/engine-api';

let remote: Remote<EngineApi> | null = null;

export function engine(): Remote<EngineApi> {
  if (!remote) {
    const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'segv-engine' });
    remote = wrap<EngineApi>(worker);
  }
  return remote;
}
