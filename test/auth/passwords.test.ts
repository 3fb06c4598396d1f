import { describe, expect, it } from 'vitest';
import { hashPassword, hashPasswordAsync, verifyPassword, verifyPasswordAsync } from '../../src-main/services/auth/passwords';

describe('scrypt passwords', () => {
  const hash = hashPassword('correct horse battery');

  it('a stored hash verifies the right password and no other', () => {
    expect(verifyPassword('correct horse battery', hash)).toBe(true);
    expect(verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(verifyPassword('correct horse battery ', hash)).toBe(false);
    expect(verifyPassword('', hash)).toBe(false);
  });

  it('the thread-pool forms agree with the sync ones, both ways', async () => {
    const made = await hashPasswordAsync('correct horse battery');
    expect(verifyPassword('correct horse battery', made)).toBe(true);
    expect(await verifyPasswordAsync('correct horse battery', hash)).toBe(true);
    expect(await verifyPasswordAsync('correct horse batterY', made)).toBe(false);
    expect(await verifyPasswordAsync('anything', 'not-a-hash')).toBe(false);
  });

  it('is salted: the same password hashes differently each time, and each verifies', () => {
    const again = hashPassword('correct horse battery');
    expect(again).not.toBe(hash);
    expect(again.split('$')[4]).not.toBe(hash.split('$')[4]);
    expect(verifyPassword('correct horse battery', again)).toBe(true);
  });

  it('stores the scheme and its parameters, never the password', () => {
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect(scheme).toBe('scrypt');
    expect(Number(n)).toBeGreaterThanOrEqual(16384);
    expect([Number(r), Number(p)]).toEqual([8, 1]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64').length).toBeGreaterThanOrEqual(32);
    expect(hash).not.toContain('correct');
  });

  it('treats the same text typed differently (Unicode compatibility forms) as the same password', () => {
    const h = hashPassword('ｐａｓｓｗｏｒｄ１'); // full-width, as some keyboards type it
    expect(verifyPassword('password1', h)).toBe(true);
  });

  it('refuses a stored value that is not a scrypt hash (empty, cut short, another scheme)', () => {
    expect(verifyPassword('x', '')).toBe(false);
    expect(verifyPassword('correct horse battery', hash.split('$').slice(0, 5).join('$'))).toBe(false);
    expect(verifyPassword('correct horse battery', hash.replace(/^scrypt/, 'md5'))).toBe(false);
  });

  it('a flipped bit in the stored key fails verification', () => {
    const parts = hash.split('$');
    const key = Buffer.from(parts[5]!, 'base64');
    key[0] = key[0]! ^ 1;
    parts[5] = key.toString('base64');
    expect(verifyPassword('correct horse battery', parts.join('$'))).toBe(false);
  });
});
