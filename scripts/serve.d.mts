import type { Server } from 'node:http';

/** The Content-Security-Policy sent with every response. */
export const CSP: string;
export function pickEncoding(accept: string | string[] | undefined): 'br' | 'gzip' | null;
export function serve(opts?: { root?: string; port?: number; host?: string }): Promise<{
  server: Server;
  port: number;
  close(): Promise<void>;
}>;
