import type { Server } from 'node:http';

export function pickEncoding(accept: string | string[] | undefined): 'br' | 'gzip' | null;
export function serve(opts?: { root?: string; port?: number; host?: string }): Promise<{
  server: Server;
  port: number;
  close(): Promise<void>;
}>;
