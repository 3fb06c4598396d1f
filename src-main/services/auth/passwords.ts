import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (a memory-hard KDF, RFC 7914) from Node's own crypto: no native
 * addon to rebuild for Electron's ABI. Stored as scrypt$N$r$p$salt$hash so parameters can grow.
 * The front doors use the async forms: scrypt then runs on libuv's thread pool and the event loop
 * stays free (~50 ms a hash); the sync forms are for in-process callers (seeding, tests).
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

interface Params {
  salt: Buffer;
  expected?: Buffer;
  options: ScryptOptions;
  length: number;
}

function newParams(): Params {
  return { salt: randomBytes(16), options: { N, r: R, p: P }, length: KEY_LENGTH };
}

function storedParams(stored: string): Params | undefined {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return undefined;
  const expected = Buffer.from(hash, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: 256 * Number(n) * Number(r) + 1024 * 1024 };
  return { salt: Buffer.from(salt, 'base64'), expected, options, length: expected.length };
}

const encode = (params: Params, key: Buffer) => ['scrypt', N, R, P, params.salt.toString('base64'), key.toString('base64')].join('$');
const scryptAsync = (password: string, params: Params) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), params.salt, params.length, params.options, (error, key) => (error ? reject(error) : resolve(key))),
  );

export function hashPassword(password: string): string {
  const params = newParams();
  return encode(params, scryptSync(password.normalize('NFKC'), params.salt, params.length, params.options));
}

export async function hashPasswordAsync(password: string): Promise<string> {
  const params = newParams();
  return encode(params, await scryptAsync(password, params));
}

export function verifyPassword(password: string, stored: string): boolean {
  const params = storedParams(stored);
  if (!params?.expected) return false;
  return timingSafeEqual(scryptSync(password.normalize('NFKC'), params.salt, params.length, params.options), params.expected);
}

export async function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const params = storedParams(stored);
  if (!params?.expected) return false;
  return timingSafeEqual(await scryptAsync(password, params), params.expected);
}
