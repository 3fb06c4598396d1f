/** Rejects with TIMED_OUT when `work` takes longer than `timeoutMs` (the work itself runs on). */
export const TIMED_OUT = Symbol('timed out');

export function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(TIMED_OUT), timeoutMs)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
