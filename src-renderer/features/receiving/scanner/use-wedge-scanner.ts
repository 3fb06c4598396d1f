import { useEffect, useLayoutEffect, useRef } from 'react';
import { GS } from '../../../../src-shared/scanning/gs1-element-string';
import { addKey, DEFAULT_WEDGE, isScan, type Burst, type WedgeOptions } from './wedge-burst';

/** The field that had focus when the scan began, and its value before the scanner typed into it. */
export interface ScanOrigin {
  name: string | null;
  valueBefore: string;
}

export interface WedgeScan {
  text: string;
  origin: ScanOrigin;
  suffix: 'Enter' | 'Tab';
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

function focusedField(): ScanOrigin {
  const el = document.activeElement;
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
    return { name: el.name || null, valueBefore: el.value };
  }
  return { name: null, valueBefore: '' };
}

/** One character a key adds to a scan: printable keys, and GS sent as itself or as Ctrl+]. */
function charOf(e: KeyboardEvent): string | null {
  if (e.key === GS || (e.ctrlKey && e.code === 'BracketRight')) return GS;
  if (e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1) return null;
  return e.key;
}

/**
 * Watches every key on the page while mounted. A fast burst (see wedge-burst.ts) ending in Enter/Tab
 * is handed to onScan as one scan; onScan returns true when it took the scan, and then the suffix key does nothing else
 * (no form submit, no focus jump). Slow keys are ordinary typing and are left alone.
 */
export function useWedgeScanner(onScan: (scan: WedgeScan) => boolean, options: WedgeOptions = DEFAULT_WEDGE): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });
  const { maxGapMs, maxPauseMs, minLength } = options;
  // A layout effect: listening starts before the screen is first painted, so no early key is missed.
  useLayoutEffect(() => {
    const opts = { maxGapMs, maxPauseMs, minLength };
    let burst: Burst<ScanOrigin> | null = null;
    function onKeyDown(e: KeyboardEvent) {
      // Modifier keys alone add nothing: a wedge sends Shift for capitals and Ctrl before ] for GS.
      if (MODIFIERS.has(e.key)) return;
      if (e.key === 'Enter' || e.key === 'Tab') {
        const done = burst;
        burst = null;
        if (isScan(done, e.timeStamp, opts) && latest.current({ text: done.text, origin: done.origin, suffix: e.key })) {
          e.preventDefault();
          e.stopPropagation();
        }
        return;
      }
      const char = charOf(e);
      if (char === null) {
        burst = null;
        return;
      }
      if (char === GS) e.preventDefault();
      burst = addKey(burst, char, e.timeStamp, focusedField, opts);
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [maxGapMs, maxPauseMs, minLength]);
}
