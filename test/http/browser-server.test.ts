import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../src-main/doors/http/browser-server';
import { BINS, receipt, SEED_USERS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/** Browser mode over real HTTP on 127.0.0.1: token, Host and Origin checks, static files, the contract. */
let t: TestDesk;
let server: BrowserServer;
let base: string;
const INDEX = '<!doctype html><title>Drawback Desk test screens</title>';
const SECRET = 'ledger-password=hunter2';

beforeAll(async () => {
  t = createTestDesk({ seed: true });
  const renderer = join(t.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), INDEX);
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("screens");');
  // files next to the screens that must never be served
  writeFileSync(join(t.dir, 'secret.txt'), SECRET);
  mkdirSync(join(t.dir, 'renderer-private'), { recursive: true });
  writeFileSync(join(t.dir, 'renderer-private', 'secret.txt'), SECRET);
  server = await startBrowserServer(t.desk, { rendererDir: renderer, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  t.dispose();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: the path is sent exactly as given and any Host/Origin can be set. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: options.host ?? '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${path} within 5 s`)));
    req.end(options.body);
  });
}

const invoke = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': server.token, ...headers },
    body: JSON.stringify({ channel, input }),
  });

describe('the per-run token', () => {
  it('is long, random, and in the URL printed for the person who started the desk', () => {
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    expect(server.url).toBe(`${base}/?token=${server.token}`);
  });

  it('is required on every API call: none or a wrong one gets 401 and nothing runs', async () => {
    const before = t.count('audit_log');
    const none = await fetch(`${base}/api/invoke`, {
      method: 'POST',
      body: JSON.stringify({ channel: 'auth:sign-in', input: { username: 'dana', password: SEED_USERS.clerk.password } }),
    });
    expect(none.status).toBe(401);
    const wrong = await invoke(
      'auth:sign-in',
      { username: 'dana', password: SEED_USERS.clerk.password },
      { 'x-desk-token': `${server.token.slice(0, -1)}${server.token.endsWith('x') ? 'y' : 'x'}` },
    );
    expect(wrong.status).toBe(401);
    const short = await invoke('auth:sign-in', {}, { 'x-desk-token': 'a' });
    expect(short.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'missing or wrong desk token' });
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
    expect(t.count('audit_log')).toBe(before);
  });
});

describe('DNS rebinding and cross-site requests', () => {
  it('a request with another Host header is refused with 403', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`]) {
      const r = await raw('/', { headers: { Host: host } });
      expect(r.status, host).toBe(403);
      expect(r.body).not.toContain(INDEX);
    }
    expect((await raw('/', { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('an API call from another origin is refused with 403, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      const r = await raw('/api/invoke', {
        method: 'POST',
        headers: { Origin: origin, 'X-Desk-Token': server.token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: 'auth:whoami', input: {} }),
      });
      expect(r.status, origin).toBe(403);
    }
    const same = await raw('/api/invoke', {
      method: 'POST',
      headers: { Origin: base, 'X-Desk-Token': server.token },
      body: JSON.stringify({ channel: 'auth:whoami', input: {} }),
    });
    expect(same.status).toBe(200);
  });

  it('the API only takes POST', async () => {
    expect((await fetch(`${base}/api/invoke`, { headers: { 'x-desk-token': server.token } })).status).toBe(405);
  });
});

describe('the contract over HTTP', () => {
  it('sign-in, then calls with the session, end to end', async () => {
    const signIn = await invoke('auth:sign-in', { username: SEED_USERS.clerk.username, password: SEED_USERS.clerk.password });
    expect(signIn.status).toBe(200);
    const { ok, value } = (await signIn.json()) as { ok: boolean; value: { token: string; user: { username: string } } };
    expect(ok).toBe(true);
    expect(value.user.username).toBe(SEED_USERS.clerk.username);
    const auth = { authorization: `Bearer ${value.token}` };

    expect(await (await invoke('auth:whoami', {}, auth)).json()).toEqual({
      ok: true,
      value: { username: 'dana', displayName: 'Dana Receiving', role: 'clerk' },
    });
    const received = (await (await invoke('receiving:create-receipt', receipt({ quantity: 12, lotCode: 'HTTP-1', locationCode: BINS.cage }), auth)).json()) as {
      ok: boolean;
      value: { movement: { user: string }; bucket: string };
    };
    expect(received).toMatchObject({ ok: true, value: { bucket: 'preserved', movement: { user: 'dana' } } });
    expect(await (await invoke('inventory:balances', { lotCode: 'HTTP-1' }, auth)).json()).toMatchObject({ ok: true, value: [{ preserved: 12 }] });
    // the clerk's role holds over HTTP too
    expect(await (await invoke('audit:verify', {}, auth)).json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await invoke('auth:sign-out', {}, auth);
    expect(await (await invoke('auth:whoami', {}, auth)).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('a channel main answers later (a claim package being written) is awaited, not sent half-done', async () => {
    const signIn = (await (await invoke('auth:sign-in', { username: SEED_USERS.specialist.username, password: SEED_USERS.specialist.password })).json()) as {
      value: { token: string };
    };
    const auth = { authorization: `Bearer ${signIn.value.token}` };
    expect(await (await invoke('claims:export-package', { claimNumber: 'DD-2024-0999', format: 'pdf' }, auth)).json()).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'there is no claim DD-2024-0999', issues: [{ field: 'claimNumber', message: 'not found' }] },
    });
    expect(await (await invoke('claims:export-package', { claimNumber: 'DD-2024-0999', format: 'xlsx' }, auth)).json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await invoke('auth:sign-out', {}, auth);
  });

  it('the desk token alone is not a session: calls still need sign-in', async () => {
    expect(await (await invoke('inventory:balances', {})).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it.each(['{"channel":', 'null', '5', '"auth:whoami"', '[]', ''])(
    'a body %j that is not a JSON object gets a VALIDATION answer, and the desk keeps serving',
    async (body) => {
      const r = await fetch(`${base}/api/invoke`, { method: 'POST', headers: { 'x-desk-token': server.token }, body });
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect((await invoke('auth:whoami', {})).status).toBe(200);
    },
  );

  it('a body over the size limit is refused with 413', async () => {
    const r = await raw('/api/invoke', {
      method: 'POST',
      headers: { 'X-Desk-Token': server.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'items:list', input: { query: 'x'.repeat(3 * 1024 * 1024) } }),
    }).catch((e: Error) => e);
    // the server answers 413 and drops the connection; either is a refusal, never a 200
    if (r instanceof Error) expect(r.message).toMatch(/ECONNRESET|EPIPE|socket hang up/);
    else expect(r.status).toBe(413);
    expect((await invoke('auth:whoami', {})).status).toBe(200);
  });

  it('pushes balance changes to the event stream', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${base}/api/events?token=${server.token}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value); // the hello comment
    t.ok('receiving:create-receipt', receipt({ quantity: 1, lotCode: 'HTTP-EV' }), t.actors.clerk);
    while (!text.includes('event: ledger:balances-changed')) text += decoder.decode((await reader.read()).value);
    expect(text).toContain('data: {"reason":"receipt"}');
    controller.abort();
  });
});

describe('static files', () => {
  it('serves the screens with a strict Content-Security-Policy and no sniffing or framing', async () => {
    const r = await fetch(`${base}/`);
    expect(r.status).toBe(200);
    expect(await r.text()).toBe(INDEX);
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    const js = await fetch(`${base}/assets/app.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('screens');
    // API answers carry the policy too
    expect((await invoke('auth:whoami', {})).headers.get('content-security-policy')).toBe(csp);
  });

  it.each([
    '/../package.json',
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/..%5csecret.txt',
    '/../renderer-private/secret.txt',
    '//../secret.txt',
  ])('path traversal %s does not leak files outside the screens', async (path) => {
    const r = await raw(path, { headers: { Host: `127.0.0.1:${server.port}` } });
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toContain('"name": "drawback-desk"');
    if (r.status === 200) expect(r.body).toBe(INDEX);
  });

  it('a malformed path is refused and the desk keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%zz.js']) {
      const r = await raw(path);
      expect(r.status, path).toBe(400);
    }
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await invoke('auth:whoami', {})).status).toBe(200);
  });
});

describe('where it listens', () => {
  const canConnect = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ host, port: server.port });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });

  it('answers on 127.0.0.1 only, not on other loopback or IPv6 addresses', async () => {
    expect(await canConnect('127.0.0.1')).toBe(true);
    expect(await canConnect('127.0.0.2')).toBe(false);
    expect(await canConnect('::1')).toBe(false);
  });
});
