import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { shared } from './shared';

const root = resolve(import.meta.dirname, '..', '..', '..');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.css': 'text/css', '.js': 'text/javascript', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
};

export interface Route { body: string | Buffer; type?: string; headers?: Record<string, string> }

export interface TestServer {
  origin: string;
  /** Every path requested, in order: tests assert what loaded (and what never did). */
  requests: string[];
  /** Extra responses by path, for pages made inside a test (paths are unique per test: the server is shared). */
  routes: Map<string, Route>;
  close(): Promise<void>;
}

function answer(req: IncomingMessage, res: import('node:http').ServerResponse, route: Route): void {
  // Byte ranges, as media elements ask for them: without them a browser cannot seek in audio or video.
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  const body = Buffer.from(route.body);
  const type = route.type ?? 'text/html; charset=utf-8';
  if (range) {
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    res.writeHead(206, { 'content-type': type, 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${body.length}`, ...route.headers });
    res.end(body.subarray(start, end + 1));
    return;
  }
  res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes', ...route.headers });
  res.end(body);
}

/** Serves test/fixtures/<name>/… under /fixtures/ and test/e2e/pages/… under /pages/ from `host` (127.0.0.1). */
export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const requests: string[] = [];
  const routes: TestServer['routes'] = new Map();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes.get(path);
    if (route) return answer(req, res, route);
    const base = path.startsWith('/fixtures/') ? join(root, 'test') : path.startsWith('/pages/') ? join(root, 'test/e2e') : null;
    const file = base ? normalize(join(base, path)) : '';
    if (!base || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${host}:${port}`,
    requests,
    routes,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** The one test server of the run (127.0.0.1). */
export const testServer = () => shared('server', () => startServer());
