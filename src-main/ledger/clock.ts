import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

/** Time and identifiers come from here so tests can fix both. */
export interface Clock {
  now(): Date;
}
export interface IdGenerator {
  next(): string;
}

export const systemClock: Clock = { now: () => new Date() };

export function ulidGenerator(clock: Clock = systemClock): IdGenerator {
  const factory = monotonicFactory(bufferedRandom());
  return { next: () => factory(clock.now().getTime()) };
}

/** Deterministic clock for tests and demos: starts at `start`, advances `stepMs` per call. */
export function steppingClock(start: string, stepMs = 1000): Clock {
  let t = Date.parse(start);
  return {
    now: () => {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
  };
}

/** Deterministic ids for tests: a fixed prefix and a counter, shaped like a ULID (26 chars). */
export function sequentialIds(prefix = '01TEST'): IdGenerator {
  let n = 0;
  return { next: () => `${prefix}${String(++n).padStart(26 - prefix.length, '0')}` };
}

/**
 * Cryptographic randomness drawn 64 KiB at a time: ulid's default source asks the OS for a few bytes
 * on every call, which dominated the cost of ids in a million-row import.
 */
function bufferedRandom(): () => number {
  const pool = new Uint32Array(16384);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++]! / 0x1_0000_0000;
  };
}
