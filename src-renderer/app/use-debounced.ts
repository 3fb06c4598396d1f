import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `ms` (typing into a filter asks main once, not per key),
 * and whether it has settled. Values are compared by their JSON, so a filter object may be rebuilt each render.
 */
export function useDebounced<T>(value: T, ms: number): [debounced: T, settled: boolean] {
  const text = JSON.stringify(value);
  const [held, setHeld] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setHeld(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return [JSON.parse(held) as T, held === text];
}
