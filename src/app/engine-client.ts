/**
 * The app's handle on the engine worker (comlink). One worker for the whole app, created on first use.
 * When the worker fails (its script cannot be loaded, or it crashes) every pending and later call rejects with a
 * LoadError instead of waiting forever ("Berekenen…"), and the next call after that starts a fresh worker.
 */
import { wrap, type Remote } from 'comlink';
import type { EngineApi } from '../worker/engine-api';
import { LoadError } from './load-errors';

let remote: Remote<EngineApi> | null = null;

function start(): Remote<EngineApi> {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'segv-engine' });
  const raw = wrap<EngineApi>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => {
      if (remote === wrapped) remote = null;
      worker.terminate();
      reject(new LoadError({ resource: 'engine', kind: 'unexpected' }, `engine worker: ${e.message || 'failed to start'}`));
    });
  });
  failed.catch(() => undefined);
  // Every method call races the worker's failure.
  const wrapped = new Proxy(raw, {
    get(target, prop) {
      const member = Reflect.get(target, prop) as unknown;
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => Promise.race([(member as (...a: unknown[]) => Promise<unknown>)(...args), failed]);
    },
  });
  return wrapped;
}

export function engine(): Remote<EngineApi> {
  remote ??= start();
  return remote;
}
