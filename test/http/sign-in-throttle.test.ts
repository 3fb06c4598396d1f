import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserApi, type BrowserApi } from '../helpers/browser-api';
import { BINS, ENTRIES, receipt, SEED_USERS } from '../helpers/seed';
import { createTestDesk, manualClock, type TestDesk } from '../helpers/test-desk';

/**
 * Password guessing through browser mode, as an attacker at the desk would try it: per-user and
 * per-door back-off (3 free, then 1 s doubling to 5 min), kept across a restart, audited, and the
 * event loop free while passwords are checked. The clock is the test's: nobody waits real minutes.
 */
let t: TestDesk;
let api: BrowserApi;
const clock = manualClock();
const { clerk: dana, supervisor: pat } = SEED_USERS;

async function open(): Promise<void> {
  t = createTestDesk({ seed: true, clock });
  api = await startBrowserApi(t);
}
afterEach(async () => {
  await api.close();
  t.dispose();
});
const signIn = (username: string, password: string) => api.invoke<{ token: string }>('auth:sign-in', { username, password });
const wrong = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'user name or password is wrong' } };
const locked = (name: string, wait: string) => ({
  ok: false,
  error: { code: 'THROTTLED', message: `Too many wrong passwords for ${name}: try again in ${wait}.` },
});
const audit = (action: string) =>
  t.desk.ledger.sqlite.prepare('SELECT subject, actor, after_json FROM audit_log WHERE action = ? ORDER BY seq').all(action) as {
    subject: string;
    actor: string;
    after_json: string;
  }[];

describe('per user name', () => {
  it('after 3 wrong passwords even the right one waits 1 second, then 2, 4 ... 32 seconds', async () => {
    await open();
    for (let i = 0; i < 3; i++) expect(await signIn(dana.username, `guess-${i}`)).toEqual(wrong);
    expect(await signIn(dana.username, dana.password)).toEqual(locked('dana', '1 second'));
    const waits = ['2 seconds', '4 seconds', '8 seconds', '16 seconds', '32 seconds'];
    for (const [i, wait] of waits.entries()) {
      clock.advance(1000 * 2 ** i);
      expect(await signIn(dana.username, 'another-guess')).toEqual(wrong);
      expect(await signIn(dana.username, dana.password)).toEqual(locked('dana', wait));
    }
    clock.advance(32_000);
    expect((await signIn(dana.username, dana.password)).ok).toBe(true);
    // the right password wiped the slate: one new typo is just a typo
    expect(await signIn(dana.username, 'typo')).toEqual(wrong);
    expect((await signIn(dana.username, dana.password)).ok).toBe(true);
  });

  it('caps the wait at 5 minutes', async () => {
    await open();
    for (let i = 0; i < 14; i++) {
      expect(await signIn(dana.username, 'guess')).toEqual(wrong);
      clock.advance(5 * 60_000);
    }
    clock.advance(-5 * 60_000);
    expect(await signIn(dana.username, dana.password)).toEqual(locked('dana', '5 minutes'));
  });

  it('an unknown name gets the very same answers, and never a row in the ledger', async () => {
    await open();
    const records = t.count('audit_log');
    for (let i = 0; i < 3; i++) expect(await signIn('nobody', `guess-${i}`)).toEqual(wrong);
    expect(await signIn('nobody', 'guess-4')).toEqual(locked('nobody', '1 second'));
    expect(t.count('sign_in_failures')).toBe(0);
    expect(t.count('audit_log')).toBe(records);
  });

  it('stays locked when the desk is restarted', async () => {
    await open();
    for (let i = 0; i < 6; i++) {
      expect(await signIn(dana.username, `guess-${i}`)).toEqual(wrong);
      clock.advance(60_000);
    }
    clock.advance(-60_000 + 3_000);
    await api.close();
    t.reopen();
    api = await startBrowserApi(t);
    expect(await signIn(dana.username, dana.password)).toEqual(locked('dana', '5 seconds'));
  });

  it('wrong passwords and lock-outs are audited, and the right password clears them', async () => {
    await open();
    for (let i = 0; i < 4; i++) {
      await signIn(dana.username, `guess-${i}`);
      clock.advance(10_000);
    }
    expect((await signIn(dana.username, dana.password)).ok).toBe(true);
    expect(audit('auth:wrong-password').map((r) => [r.subject, r.actor, JSON.parse(r.after_json)])).toEqual([
      ['user dana', 'anonymous', { purpose: 'sign-in', door: 'browser 127.0.0.1', failures: 1, lockedForSeconds: 0 }],
      ['user dana', 'anonymous', { purpose: 'sign-in', door: 'browser 127.0.0.1', failures: 2, lockedForSeconds: 0 }],
      ['user dana', 'anonymous', { purpose: 'sign-in', door: 'browser 127.0.0.1', failures: 3, lockedForSeconds: 1 }],
      ['user dana', 'anonymous', { purpose: 'sign-in', door: 'browser 127.0.0.1', failures: 4, lockedForSeconds: 2 }],
    ]);
    expect(audit('auth:wrong-passwords-cleared').map((r) => r.subject)).toEqual(['user dana']);
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  });
});

describe('per door', () => {
  it('one password tried on many names is slowed too, whoever signs in next', async () => {
    await open();
    for (let i = 0; i < 10; i++) expect(await signIn(`user-${i}`, 'Summer2024!')).toEqual(wrong);
    const next = await signIn(pat.username, pat.password);
    expect(next).toEqual({
      ok: false,
      error: { code: 'THROTTLED', message: 'Too many wrong passwords from this desk (browser 127.0.0.1): try again in 1 second.' },
    });
    expect(audit('auth:door-locked').map((r) => JSON.parse(r.after_json))).toEqual([{ failures: 10, lockedForSeconds: 1 }]);
    clock.advance(1000);
    expect((await signIn(pat.username, pat.password)).ok).toBe(true);
  });
});

describe("a supervisor's password given as an override's approval", () => {
  it('counts against the supervisor like a sign-in, and locks both', async () => {
    await open();
    const session = await api.signIn(dana.username, dana.password);
    const fill = t.ok('entries:get', { entryNumber: ENTRIES.a }, t.actors.clerk).lines[0]!.quantity;
    t.ok('receiving:create-receipt', receipt({ quantity: fill, lotCode: 'FULL', locationCode: BINS.cage }), t.actors.clerk);
    const over = (password: string) =>
      api.invoke(
        'receiving:create-receipt',
        receipt({
          quantity: 2,
          lotCode: 'EXTRA',
          override: { supervisorUsername: pat.username, supervisorPassword: password, reason: 'two more on the truck' },
        }),
        session,
      );
    for (let i = 0; i < 3; i++)
      expect(await over(`guess-${i}`)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', issues: [{ field: 'override.supervisorPassword' }] } });
    expect(await over(pat.password)).toEqual({
      ok: false,
      error: {
        code: 'THROTTLED',
        message: 'Too many wrong passwords for pat: try again in 1 second.',
        issues: [{ field: 'override.supervisorPassword', message: 'too many wrong passwords: wait and try again' }],
      },
    });
    expect(await signIn(pat.username, pat.password)).toEqual(locked('pat', '1 second'));
    expect(audit('auth:wrong-password').map((r) => [r.actor, JSON.parse(r.after_json).purpose])).toEqual([
      ['dana', 'approval'],
      ['dana', 'approval'],
      ['dana', 'approval'],
    ]);
    // the clerk's own session is untouched
    expect(await api.invoke('auth:whoami', {}, session)).toMatchObject({ ok: true, value: { username: 'dana' } });
  });
});

describe('the event loop', () => {
  it('stays free while passwords are checked: mostly idle, waiting for the hashes', async () => {
    await open();
    const users = Object.values(SEED_USERS);
    const before = performance.eventLoopUtilization();
    // 8 sign-ins at once: 2 per name (the second of a pair may be told to wait a moment)
    const results = await Promise.all(users.flatMap((u) => [signIn(u.username, u.password), signIn(u.username, u.password)]));
    const { utilization } = performance.eventLoopUtilization(before);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(users.length);
    expect(results.every((r) => r.ok || r.error.code === 'THROTTLED')).toBe(true);
    // hashing on this thread keeps the loop busy nearly all the time (utilization near 1)
    expect(utilization).toBeLessThan(0.5);
  });
});
