import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import type { EventName, EventPayloads } from '../../src-shared/contract';
import type { DeskClient, SessionState } from './desk-client';

export const DeskClientContext = createContext<DeskClient | null>(null);

export function useDeskClient(): DeskClient {
  const client = useContext(DeskClientContext);
  if (!client) throw new Error('useDeskClient needs a <DeskClientContext> above it');
  return client;
}

export function useSession(): SessionState {
  const client = useDeskClient();
  return useSyncExternalStore(client.subscribe, client.session);
}

/** Subscribes to one of main's events for as long as the component is on screen. */
export function useDeskEvent<E extends EventName>(event: E, handler: (payload: EventPayloads[E]) => void): void {
  const client = useDeskClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event]);
}
