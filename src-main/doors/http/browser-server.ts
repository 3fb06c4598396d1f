import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { EVENT_NAMES } from '../../../src-shared/contract';
import type { Desk } from '../../composition-root';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

/**
 * Browser mode: the same desk served to a browser on 127.0.0.1 only. The contract travels as
 * POST /api/invoke {channel, input}; events as server-sent events. A random per-run token guards
 * every API call, so another local user or a web page cannot drive the ledger; Host and Origin are
 * checked against DNS rebinding.
 */
export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY = 2 * 1024 * 1024;

export async function startBrowserServer(desk: Desk, options: { rendererDir: string; port?: number; token?: string }): Promise<BrowserServer> {
  const rendererDir = resolve(options.rendererDir);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`the screens are not built (${join(rendererDir, 'index.html')} is missing): run "npm run build" first`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const unsubscribe = desk.onEvent((event, payload) => {
    for (const res of streams) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  let port = options.port ?? 0;

  const server: Server = createServer((req, res) => {
    setSecurityHeaders(res);
    if (!hostAllowed(req, port)) return send(res, 403, { error: 'this desk only answers on 127.0.0.1' });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/invoke') return handleInvoke(req, res);
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) return send(res, 401, { error: 'missing or wrong desk token' });
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(`: connected, events ${EVENT_NAMES.join(', ')}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' });
    return serveStatic(url.pathname, res);
  });

  function handleInvoke(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`)
      return send(res, 403, { error: 'cross-origin request refused' });
    if (!tokenMatches(header(req, 'x-desk-token'), token)) return send(res, 401, { error: 'missing or wrong desk token' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        send(res, 413, { error: 'request too large' });
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      let body: { channel?: unknown; input?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'the request body is not JSON' } });
      }
      // `null` parses fine but has no fields: reading body.channel would throw out of this handler and stop the desk.
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'the request body is not a JSON object {channel, input}' } });
      }
      const session = header(req, 'authorization')?.replace(/^Bearer /, '');
      // invoke, not dispatch: a password is hashed off the event loop, so other requests keep flowing.
      void desk.invoke(String(body.channel), body.input, { token: session, door: `browser ${req.socket.remoteAddress ?? 'unknown'}` }).then((result) => {
        if (!res.destroyed) send(res, 200, result);
      });
    });
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // A malformed escape ("/%") must not throw out of the request handler: that would stop the desk.
      return send(res, 400, { error: 'the path is not valid URL encoding' });
    }
    const relative = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
    let file = join(rendererDir, relative);
    if (!file.startsWith(rendererDir) || !existsSync(file) || statSync(file).isDirectory()) file = join(rendererDir, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((ok) => {
        unsubscribe();
        for (const res of streams) res.end();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
