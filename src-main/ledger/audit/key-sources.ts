import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../src-shared/errors';
import { formatAuditKey, newAuditKey, parseAuditKey, type AuditKeySource } from './audit-key';

/** The key itself (hex or base64), for every ledger this process opens: scripts, CI, a desk that keeps keys in a vault. */
export const AUDIT_KEY_ENV = 'DRAWBACK_DESK_AUDIT_KEY';
/** A key file to use for every ledger this process opens (owner-only, like the per-ledger ones). */
export const AUDIT_KEY_FILE_ENV = 'DRAWBACK_DESK_AUDIT_KEY_FILE';

/** Per-ledger key files of the CLI and browser mode: XDG_CONFIG_HOME/drawback-desk/audit-keys/, else ~/.config/... */
export function defaultKeyDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'drawback-desk', 'audit-keys');
}

/** A key file anyone else can read is no secret: refuse it rather than MAC with it. */
function requireOwnerOnly(path: string): void {
  if (process.platform === 'win32') return; // no POSIX mode bits there; the profile folder's ACL is what protects it
  const st = statSync(path);
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) {
    throw new AppError(
      'FORBIDDEN',
      `the audit key file ${path} belongs to another user (uid ${st.uid}): use a key file of your own, made by "drawback-desk init", or copy it and make it yours with chmod 600`,
    );
  }
  if ((st.mode & 0o077) !== 0) {
    throw new AppError(
      'FORBIDDEN',
      `the audit key file ${path} can be read by other users (mode ${(st.mode & 0o777).toString(8)}): a key others can read proves nothing. Make it owner-only with "chmod 600 ${path}", and if others may have copied it, treat the trail since then as unproven`,
    );
  }
}

function writeOwnerOnly(path: string, dir: string, content: string | Buffer): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(path, content, { mode: 0o600, flag: 'wx' }); // never overwrite a key: another ledger's trail depends on it
}

/** The key in an environment variable: the same key for every ledger; created ledgers take it as theirs. */
export function envKeySource(value: string, name = AUDIT_KEY_ENV): AuditKeySource {
  const where = `the environment variable ${name}`;
  const key = () => ({ key: parseAuditKey(value, where), where });
  return { describe: () => where, load: key, create: key };
}

/** One key file named by the person (DRAWBACK_DESK_AUDIT_KEY_FILE): used for every ledger, made on first use. */
export function namedKeyFileSource(path: string): AuditKeySource {
  const where = `the key file ${path} (named by ${AUDIT_KEY_FILE_ENV})`;
  const load = () => {
    if (!existsSync(path)) return undefined;
    requireOwnerOnly(path);
    return { key: parseAuditKey(readFileSync(path, 'utf8'), where), where };
  };
  return {
    describe: () => where,
    load,
    create: () => {
      const existing = load();
      if (existing) return existing;
      const key = newAuditKey();
      writeOwnerOnly(path, join(path, '..'), `${formatAuditKey(key)}\n`);
      return { key, where };
    },
  };
}

/** One owner-only key file per ledger, named by the ledger's uid, in a folder of the user's own. */
export function keyFileSource(dir: string): AuditKeySource {
  const file = (uid: string) => join(dir, `${uid}.key`);
  return {
    describe: (uid) => `the key file ${file(uid)}`,
    load: (uid) => {
      const path = file(uid);
      if (!existsSync(path)) return undefined;
      requireOwnerOnly(path);
      return { key: parseAuditKey(readFileSync(path, 'utf8'), `the key file ${path}`), where: `the key file ${path}` };
    },
    create: (uid) => {
      const key = newAuditKey();
      writeOwnerOnly(file(uid), dir, `${formatAuditKey(key)}\n`);
      return { key, where: `the key file ${file(uid)}` };
    },
  };
}

/** How the app's OS keychain encrypts (Electron's safeStorage, passed in by the Electron door). */
export interface KeyCipher {
  name: string;
  available(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** Per-ledger key files encrypted by the OS keychain: only this user's login on this machine can read them. */
export function encryptedKeyFileSource(dir: string, cipher: KeyCipher): AuditKeySource {
  const file = (uid: string) => join(dir, `${uid}.key.enc`);
  const where = (uid: string) => `the key file ${file(uid)} (encrypted by ${cipher.name})`;
  return {
    describe: where,
    load: (uid) => {
      const path = file(uid);
      if (!existsSync(path)) return undefined;
      requireOwnerOnly(path);
      let text: string;
      try {
        text = cipher.decrypt(readFileSync(path));
      } catch {
        throw new AppError(
          'FORBIDDEN',
          `${where(uid)} cannot be decrypted here: it was made by another user's login or on another machine. Open the ledger where it was made, or give this desk the key with DRAWBACK_DESK_AUDIT_KEY`,
        );
      }
      return { key: parseAuditKey(text, where(uid)), where: where(uid) };
    },
    create: (uid) => {
      const key = newAuditKey();
      writeOwnerOnly(file(uid), dir, cipher.encrypt(formatAuditKey(key)));
      return { key, where: where(uid) };
    },
  };
}

/** Looks in each source in turn; a new key goes to the first. */
export function firstOf(sources: AuditKeySource[], createIn = sources[0]!): AuditKeySource {
  return {
    describe: (uid) => sources.map((s) => s.describe(uid)).join(', then '),
    load: (uid) => {
      for (const source of sources) {
        const found = source.load(uid);
        if (found) return found;
      }
      return undefined;
    },
    create: (uid) => createIn.create(uid),
  };
}

/** The CLI's and browser mode's keys: the environment when it names one, else a key file per ledger. */
export function defaultAuditKeySource(env: NodeJS.ProcessEnv = process.env): AuditKeySource {
  if (env[AUDIT_KEY_ENV]) return envKeySource(env[AUDIT_KEY_ENV]);
  if (env[AUDIT_KEY_FILE_ENV]) return namedKeyFileSource(env[AUDIT_KEY_FILE_ENV]);
  return keyFileSource(defaultKeyDir(env));
}

/**
 * The app's keys: the environment when it names one; else the OS keychain's encrypted key files,
 * falling back to the CLI's key files (a ledger made by `init` opens in the app too). A new ledger's
 * key goes into the keychain, or into a plain owner-only key file where no keychain is available.
 */
export function appAuditKeySource(userDataDir: string, cipher: KeyCipher, env: NodeJS.ProcessEnv = process.env): AuditKeySource {
  if (env[AUDIT_KEY_ENV] || env[AUDIT_KEY_FILE_ENV]) return defaultAuditKeySource(env);
  const plain = keyFileSource(defaultKeyDir(env));
  if (!cipher.available()) return plain;
  const keychain = encryptedKeyFileSource(join(userDataDir, 'audit-keys'), cipher);
  return firstOf([keychain, plain], keychain);
}
