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
  const factory = monotonicFactory();
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
