import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** shown to people, e.g. "Alt+R" */
  label: string;
  /** KeyboardEvent.code values that trigger it (code, not key: Alt+R is "®" on some layouts) */
  codes: string[];
  alt?: boolean;
  run(): void;
}

/** Window-wide keyboard shortcuts; they work from inside inputs too, since they need Alt or an F-key. */
export function useShortcuts(shortcuts: Shortcut[]): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey) return;
      const hit = latest.current.find((s) => s.codes.includes(e.code) && Boolean(s.alt) === e.altKey);
      if (!hit) return;
      e.preventDefault();
      hit.run();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
