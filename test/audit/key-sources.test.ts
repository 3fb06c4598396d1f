import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appAuditKeySource, defaultKeyDir, keyFileSource, type KeyCipher } from '../../src-main/ledger/audit/key-sources';
import { createDesk } from '../../src-main/composition-root';

/**
 * Where the app keeps audit keys. Electron's safeStorage cannot run here (no Electron binary), so the
 * OS keychain is stood in for by AES-256-GCM under a secret this test holds, as safeStorage encrypts
 * under a secret the OS keychain holds; everything else (files, modes, the composition root) is real.
 */
function keychainStandIn(available = true): KeyCipher & { secret: Buffer } {
  const secret = randomBytes(32);
  return {
    secret,
    name: 'the test keychain',
    available: () => available,
    encrypt: (text) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt: (data) => {
      const d = createDecipheriv('aes-256-gcm', secret, data.subarray(0, 12));
      d.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

let dir: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-keysrc-'));
  env = { XDG_CONFIG_HOME: join(dir, 'config') }; // no DRAWBACK_DESK_AUDIT_KEY: the app's own sources
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the app's audit keys", () => {
  it("a new ledger's key goes into the keychain-encrypted file in userData, owner-only, never in plain text", () => {
    const keychain = keychainStandIn();
    const keys = appAuditKeySource(join(dir, 'userData'), keychain, env);
    const { key, where } = keys.create('ledger-1');
    const file = join(dir, 'userData', 'audit-keys', 'ledger-1.key.enc');
    expect(where).toBe(`the key file ${file} (encrypted by the test keychain)`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).toString('latin1')).not.toContain(key.toString('hex'));
    expect(keys.load('ledger-1')?.key.equals(key)).toBe(true);
    expect(existsSync(join(defaultKeyDir(env), 'ledger-1.key'))).toBe(false);
  });

  it('opens a ledger made by `drawback-desk init` with the key file the CLI made', () => {
    const cliKey = keyFileSource(defaultKeyDir(env)).create('ledger-2');
    const keys = appAuditKeySource(join(dir, 'userData'), keychainStandIn(), env);
    expect(keys.load('ledger-2')).toEqual(cliKey);
    expect(keys.describe('ledger-2')).toContain(join(defaultKeyDir(env), 'ledger-2.key'));
  });

  it('without a keychain (Linux basic_text), keeps a plain owner-only key file and says so', () => {
    const keys = appAuditKeySource(join(dir, 'userData'), keychainStandIn(false), env);
    expect(keys.create('ledger-3').where).toBe(`the key file ${join(defaultKeyDir(env), 'ledger-3.key')}`);
  });

  it('the environment wins when it names a key', () => {
    const keys = appAuditKeySource(join(dir, 'userData'), keychainStandIn(), { ...env, DRAWBACK_DESK_AUDIT_KEY: 'cd'.repeat(32) });
    expect(keys.load('any')).toEqual({ key: Buffer.from('cd'.repeat(32), 'hex'), where: 'the environment variable DRAWBACK_DESK_AUDIT_KEY' });
  });

  it('through the composition root, as the Electron door calls it: first start creates, the next start opens, the trail verifies', () => {
    const keychain = keychainStandIn();
    const keys = () => appAuditKeySource(join(dir, 'userData'), keychain, env);
    const path = join(dir, 'data', 'ledger.db');
    const first = createDesk(path, { create: true, auditKeys: keys(), log: () => {} });
    expect(first.ledger.created).toBe(true);
    first.close();
    const again = createDesk(path, { create: true, auditKeys: keys(), log: () => {} });
    try {
      expect(again.ledger.created).toBe(false);
      expect(again.ledger.chain.keyWhere).toContain('encrypted by the test keychain');
      expect(again.dispatch('audit:verify', {}, { actor: again.system })).toMatchObject({
        ok: true,
        value: { ok: true, anchors: [{ source: 'anchor log ledger.db.anchors', count: 2 }] },
      }); // the system actor, then the statutory reference data
    } finally {
      again.close();
    }
    // another keychain (another user, another machine) cannot open it
    expect(() => createDesk(path, { auditKeys: appAuditKeySource(join(dir, 'userData'), keychainStandIn(), env), log: () => {} })).toThrow(
      /cannot be decrypted here: it was made by another user's login or on another machine/,
    );
  });
});

describe.skipIf(typeof process.getuid !== 'function' || process.getuid() !== 0)('key files of another user (needs root to make one)', () => {
  it('are refused', () => {
    const source = keyFileSource(join(dir, 'keys'));
    source.create('ledger-4');
    chownSync(join(dir, 'keys', 'ledger-4.key'), 65534, 65534);
    expect(() => source.load('ledger-4')).toThrow(/belongs to another user \(uid 65534\)/);
  });
});
