// A tiny static server for dist/ on 127.0.0.1: `npm run poster` opens the poster
// through it (fonts and scripts load as on a real host), and browser tests use its
// switches to play a deploy, an outage or a broken server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  /** When set, every request gets this status (e.g. 503) instead of the file. */
  failWith: number | null;
  /** When true, connections are destroyed without an answer (network down). */
  down: boolean;
  /** Per-path overrides: path → body (served as JSON/HTML by extension). */
  overrides: Map<string, string>;
  /** The folder served; may be changed to play a deploy. */
  root: string;
  /** A hostile server's own answer: when set and it returns true, it has answered (or chosen not to). */
  handler: ((req: IncomingMessage, res: ServerResponse) => boolean) | null;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<StaticServer> {
  const state = {
    requests: [] as string[],
    failWith: null as number | null,
    down: false,
    overrides: new Map<string, string>(),
    root: path.resolve(root),
    handler: null as StaticServer['handler'],
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    state.requests.push(url.pathname);
    if (state.down) {
      req.socket.destroy();
      return;
    }
    if (state.handler?.(req, res)) return;
    if (state.failWith !== null) {
      res.writeHead(state.failWith, { 'Content-Type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    const override = state.overrides.get(url.pathname);
    const base = path.resolve(state.root);
    let file = '';
    if (override === undefined) {
      let rel: string;
      try {
        rel = decodeURIComponent(url.pathname);
      } catch {
        rel = url.pathname;
      }
      file = path.join(base, rel);
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      // No `..` escape out of the served folder.
      if ((file !== base && !file.startsWith(base + path.sep)) || !existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const type = TYPES[path.extname(override !== undefined ? url.pathname : file).toLowerCase()] ?? 'application/octet-stream';
    const body = override ?? readFileSync(file);
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
