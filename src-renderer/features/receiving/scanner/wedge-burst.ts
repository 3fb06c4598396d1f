/**
 * Tells a keyboard-wedge scanner from a person typing: a scanner "types" a whole code in one burst,
 * a few milliseconds between keys, and ends it with a suffix (Enter or Tab). Pure: feed it keys with
 * their time stamps; it says when a burst was a scan.
 *
 * The test is the mean gap over the burst (suffix included), not every single gap: a busy machine can
 * hold one key back for a few tens of milliseconds in the middle of a scan, while a person never
 * averages under 30 ms a key over six keys and a suffix.
 */
export interface WedgeOptions {
  /** longest mean gap between the keys of one scan */
  maxGapMs: number;
  /** a pause longer than this always ends a burst */
  maxPauseMs: number;
  /** shortest code counted as a scan */
  minLength: number;
}

export const DEFAULT_WEDGE: WedgeOptions = { maxGapMs: 30, maxPauseMs: 150, minLength: 6 };

export interface Burst<T> {
  text: string;
  startedAt: number;
  lastAt: number;
  /** whatever the caller wants to remember from the burst's first key (e.g. the focused field) */
  origin: T;
}

/** Adds one character; a pause longer than maxPauseMs starts a new burst. */
export function addKey<T>(burst: Burst<T> | null, char: string, at: number, origin: () => T, options = DEFAULT_WEDGE): Burst<T> {
  if (!burst || at - burst.lastAt > options.maxPauseMs) return { text: char, startedAt: at, lastAt: at, origin: origin() };
  return { ...burst, text: burst.text + char, lastAt: at };
}

/** At a suffix key: a scan is long enough, fast enough on average, and its suffix came without a pause. */
export function isScan<T>(burst: Burst<T> | null, suffixAt: number, options = DEFAULT_WEDGE): burst is Burst<T> {
  if (burst === null || burst.text.length < options.minLength || suffixAt - burst.lastAt > options.maxPauseMs) return false;
  return (suffixAt - burst.startedAt) / burst.text.length <= options.maxGapMs;
}
