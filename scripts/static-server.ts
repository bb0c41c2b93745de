/**
 * Serves a built app's folder on 127.0.0.1 and a free port, as any static host would: the
 * packaging test's fresh app, the examples check (scripts/check-web-examples.ts) and the editor
 * benchmark (bench/editor) use it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * A `cache-control` header for every response. The editor benchmark sends `no-store`: each of
   * its page loads must fetch and compile the page's code as a first visit does.
   */
  cacheControl?: string;
  /** The port to listen on. @default 0 (any free one) */
  port?: number;
}

export async function serveFolder(folder: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const headers = options.cacheControl ? { 'cache-control': options.cacheControl } : {};
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(options.port ?? 0, '127.0.0.1', listening));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
