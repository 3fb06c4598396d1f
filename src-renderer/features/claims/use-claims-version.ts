import { useEffect, useRef, useState } from 'react';
import { useDeskEvent } from '../../app/client-context';

/**
 * A number that goes up whenever main says claims changed (for this claim, or for all of them when
 * the event names none). A burst of events (a run's end, a document, a tick) counts once.
 */
export function useClaimsVersion(claimNumber?: string): number {
  const [version, setVersion] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useDeskEvent('claims:changed', (change) => {
    if (claimNumber && change.claimNumber && change.claimNumber !== claimNumber) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setVersion((v) => v + 1), 80);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return version;
}
