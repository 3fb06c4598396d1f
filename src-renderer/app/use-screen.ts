import { useCallback, useEffect, useState } from 'react';

export const SCREENS = ['receiving', 'inventory', 'claims'] as const;
export type Screen = (typeof SCREENS)[number];

function fromHash(): Screen {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'receiving';
}

/** The current screen, kept in the address's #fragment so Back and reload land on the same screen. */
export function useScreen(): [Screen, (screen: Screen) => void] {
  const [screen, setScreen] = useState<Screen>(fromHash);
  useEffect(() => {
    const onHash = () => setScreen(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: Screen) => {
    if (fromHash() !== next) window.location.hash = `/${next}`;
    setScreen(next);
  }, []);
  return [screen, go];
}
