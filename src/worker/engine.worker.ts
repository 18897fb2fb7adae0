/** The engine Web Worker: exposes engineApi over comlink. Nothing else lives here. */
import { expose } from 'comlink';
import { engineApi } from './engine-api';

expose(engineApi);
