/**
 * Tells a keyboard-wedge scanner from a person typing: a scanner "types" a whole code in one burst,
 * a few milliseconds between keys, and ends it with a suffix (Enter or Tab). Pure: feed it keys with
 * their time stamps; it says when a burst was a scan.
 */
export interface WedgeOptions {
  /** longest gap between two keys of one scan */
  maxGapMs: number;
  /** shortest code counted as a scan */
  minLength: number;
}

export const DEFAULT_WEDGE: WedgeOptions = { maxGapMs: 30, minLength: 6 };

export interface Burst<T> {
  text: string;
  startedAt: number;
  lastAt: number;
  /** whatever the caller wants to remember from the burst's first key (e.g. the focused field) */
  origin: T;
}

/** Adds one character; a gap longer than maxGapMs starts a new burst. */
export function addKey<T>(burst: Burst<T> | null, char: string, at: number, origin: () => T, options = DEFAULT_WEDGE): Burst<T> {
  if (!burst || at - burst.lastAt > options.maxGapMs) return { text: char, startedAt: at, lastAt: at, origin: origin() };
  return { ...burst, text: burst.text + char, lastAt: at };
}

/** At a suffix key: the burst is a scan when it is long enough and the suffix came as fast as the keys. */
export function isScan<T>(burst: Burst<T> | null, suffixAt: number, options = DEFAULT_WEDGE): burst is Burst<T> {
  return burst !== null && burst.text.length >= options.minLength && suffixAt - burst.lastAt <= options.maxGapMs;
}
