import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/ledger/clock';
import { runCli } from '../helpers/cli';
import { receipt, SEED_USERS } from '../helpers/seed';
import { createTestDesk, manualClock, type TestDesk } from '../helpers/test-desk';

/**
 * Guessing a password with the CLI, one process per guess: the failures are kept in the ledger, so
 * starting a new process does not start a new count.
 */
let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true, clock: systemClock });
  t.close();
});
afterEach(() => t.dispose());

const { clerk: dana } = SEED_USERS;
const r = receipt();
const receiveAs = (password: string) =>
  runCli(
    [
      'receive',
      '--db',
      t.path,
      '--entry',
      r.entryNumber,
      '--line',
      String(r.lineNumber),
      '--sku',
      r.sku,
      '--lot',
      'CLI-1',
      '--quantity',
      '1',
      '--location',
      r.locationCode,
      '--as',
      dana.username,
      '--password-env',
      'PW',
    ],
    { PW: password },
  );

describe('--as with a wrong password', () => {
  it('each wrong guess is recorded against the user, whatever process made it', async () => {
    for (let i = 0; i < 2; i++) {
      const run = await receiveAs(`guess-${i}`);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('drawback-desk: --as dana: user name or password is wrong\n');
    }
    const desk = t.reopen();
    expect(desk.ledger.sqlite.prepare('SELECT door, outcome FROM sign_in_failures ORDER BY id').all()).toEqual([
      { door: 'cli', outcome: 'failed' },
      { door: 'cli', outcome: 'failed' },
    ]);
  });

  it('a user locked out elsewhere is locked out at the CLI too, even with the right password', async () => {
    // 8 wrong guesses in browser mode, each waiting out the lock before it (1+2+4+8+16 s), the last one now: locked for 32 s
    const clock = manualClock(new Date(Date.now() - 31_000).toISOString());
    const desk = t.reopen({ clock });
    for (const wait of [0, 0, 0, 1, 2, 4, 8, 16]) {
      clock.advance(wait * 1000);
      expect(desk.dispatch('auth:sign-in', { username: dana.username, password: 'guess' }, { door: 'browser 127.0.0.1' })).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    t.close();
    const run = await receiveAs(dana.password);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^drawback-desk: --as dana: Too many wrong passwords for dana: try again in [1-3]\d seconds\.\n$/);
    expect(run.stdout).toBe('');
  });
});
