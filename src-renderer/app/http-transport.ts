import type { EventName, EventPayloads } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';
import { transportFailure, type Transport } from './transport';

const DESK_TOKEN_KEY = 'drawback-desk:desk-token';

/**
 * Browser mode's per-run token arrives as `?token=` in the URL `drawback-desk serve` prints. It is kept
 * in sessionStorage (so a reload still works) and removed from the address bar, history and referrers.
 */
export function takeDeskToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(DESK_TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(DESK_TOKEN_KEY);
}

/** The contract over HTTP: POST /api/invoke {channel, input}; events from one shared EventSource. */
export function createHttpTransport(deskToken: string): Transport {
  let source: EventSource | null = null;
  const events = () => (source ??= new EventSource(`/api/events?token=${encodeURIComponent(deskToken)}`));

  return {
    kind: 'http',
    async invoke(channel, input, session) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Desk-Token': deskToken };
      if (session) headers.Authorization = `Bearer ${session}`;
      let response: Response;
      try {
        response = await fetch('/api/invoke', { method: 'POST', headers, body: JSON.stringify({ channel, input }) });
      } catch {
        return transportFailure('the desk server is not answering; check that "drawback-desk serve" is still running');
      }
      if (response.status === 401) {
        return transportFailure('this page has no valid desk token; open the address "drawback-desk serve" printed again');
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return transportFailure(`the desk server answered ${channel} with HTTP ${response.status} and no result`);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as EventPayloads[E]);
      const es = events();
      es.addEventListener(event, handler);
      return () => es.removeEventListener(event, handler);
    },
  };
}
