import { useCallback, useState } from 'react';
import type { AppErrorShape, Result } from '../../../src-shared/errors';

export interface Action<T> {
  pending: boolean;
  error: AppErrorShape | null;
  /** what the last success did, in words, for a role="status" line */
  notice: string | null;
  run(call: () => Promise<Result<T>>, done?: (value: T) => string | void): Promise<boolean>;
  clear(): void;
}

/** One button's request to main: pending while it runs, main's refusal or a notice after. */
export function useAction<T>(): Action<T> {
  const [state, setState] = useState<{ pending: boolean; error: AppErrorShape | null; notice: string | null }>({ pending: false, error: null, notice: null });
  const run = useCallback(async (call: () => Promise<Result<T>>, done?: (value: T) => string | void) => {
    setState({ pending: true, error: null, notice: null });
    const result = await call();
    if (result.ok) {
      const notice = done?.(result.value) ?? null;
      setState({ pending: false, error: null, notice });
      return true;
    }
    setState({ pending: false, error: result.error, notice: null });
    return false;
  }, []);
  const clear = useCallback(() => setState({ pending: false, error: null, notice: null }), []);
  return { ...state, run, clear };
}
