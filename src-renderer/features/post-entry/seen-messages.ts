import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Which critical status messages this person has seen (opened their entry), kept in the browser per
 * user name: reading a message is not a ledger fact to audit, and the badge counts only unseen ones.
 */
const keyOf = (username: string) => `drawback-desk:post-entry:seen:${username}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key?.startsWith('drawback-desk:post-entry:seen:') && listener();
  window.addEventListener('storage', onStorage); // another window of the same desk
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function read(username: string): string {
  try {
    return localStorage.getItem(keyOf(username)) ?? '[]';
  } catch {
    return '[]'; // storage switched off: every message stays unseen
  }
}

/** The ids seen, and a way to mark more as seen (the list keeps the newest 2,000). */
export function useSeenMessages(username: string): { seen: ReadonlySet<number>; markSeen(ids: readonly number[]): void } {
  const raw = useSyncExternalStore(subscribe, () => read(username));
  const seen = useMemo(() => new Set(JSON.parse(raw) as number[]), [raw]);
  const markSeen = useCallback(
    (ids: readonly number[]) => {
      const known = new Set(JSON.parse(read(username)) as number[]);
      const fresh = ids.filter((id) => !known.has(id));
      if (fresh.length === 0) return;
      try {
        localStorage.setItem(keyOf(username), JSON.stringify([...known, ...fresh].slice(-2000)));
      } catch {
        return;
      }
      listeners.forEach((l) => l());
    },
    [username],
  );
  return { seen, markSeen };
}
