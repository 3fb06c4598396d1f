import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayloads } from '../../src-shared/contract';
import type { UserSummary } from '../../src-shared/domain/ledger';
import type { Result } from '../../src-shared/errors';
import type { Transport } from './transport';

const SESSION_KEY = 'drawback-desk:session';

export interface SessionState {
  /** 'checking' while a stored session is confirmed at start-up */
  status: 'checking' | 'signed-out' | 'signed-in';
  user: UserSummary | null;
  /** why the person was sent back to sign-in, e.g. the session ended */
  notice: string | null;
  /** a request found the ledger busy with another job (an import) and is being tried again */
  waitingForLedger: boolean;
}

/** Pauses between tries when main answers BUSY (each try already waited ~5 s for the ledger in main). */
const BUSY_RETRY_MS = [1000, 2000, 4000];

export interface DeskClient {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  signIn(username: string, password: string): Promise<Result<UserSummary>>;
  signOut(): Promise<void>;
  session(): SessionState;
  subscribe(listener: () => void): () => void;
}

/**
 * The typed client over the contract. It holds the session token after sign-in and, when main says
 * UNAUTHENTICATED, confirms with auth:whoami that the session itself ended (an approver's wrong
 * password is UNAUTHENTICATED too) before returning to sign-in.
 */
export function createDeskClient(transport: Transport): DeskClient {
  let token = sessionStorage.getItem(SESSION_KEY) ?? undefined;
  let state: SessionState = { status: token ? 'checking' : 'signed-out', user: null, notice: null, waitingForLedger: false };
  let waiting = 0;
  const listeners = new Set<() => void>();
  const setState = (next: SessionState) => ((state = next), listeners.forEach((l) => l()));
  const once = <C extends Channel>(channel: C, input: ChannelInput<C>) => transport.invoke(channel, input, token) as Promise<Result<ChannelOutput<C>>>;

  /**
   * BUSY means nothing was written (another job held the ledger): the same request is sent again a
   * few times, with the screens showing that the desk is waiting for the ledger, before the BUSY
   * message is given back to show.
   */
  async function raw<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
    let result = await once(channel, input);
    if (result.ok || result.error.code !== 'BUSY') return result;
    setWaiting(+1);
    try {
      for (const pause of BUSY_RETRY_MS) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        result = await once(channel, input);
        if (result.ok || result.error.code !== 'BUSY') break;
      }
    } finally {
      setWaiting(-1);
    }
    return result;
  }

  function setWaiting(delta: number) {
    waiting += delta;
    if (state.waitingForLedger !== waiting > 0) setState({ ...state, waitingForLedger: waiting > 0 });
  }

  function endSession(notice: string | null) {
    token = undefined;
    sessionStorage.removeItem(SESSION_KEY);
    setState({ status: 'signed-out', user: null, notice, waitingForLedger: state.waitingForLedger });
  }

  async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
    const result = await raw(channel, input);
    if (!result.ok && result.error.code === 'UNAUTHENTICATED' && channel !== 'auth:sign-in' && token) {
      const check = channel === 'auth:whoami' ? result : await raw('auth:whoami', {});
      if (!check.ok && check.error.code === 'UNAUTHENTICATED') endSession(check.error.message);
    }
    return result;
  }

  if (token) {
    void raw('auth:whoami', {}).then((r) => (r.ok ? setState({ ...state, status: 'signed-in', user: r.value, notice: null }) : endSession(null)));
  }

  return {
    invoke,
    on: (event, listener) => transport.on(event, listener),
    async signIn(username, password) {
      const result = await raw('auth:sign-in', { username, password });
      if (!result.ok) return result;
      token = result.value.token;
      sessionStorage.setItem(SESSION_KEY, token);
      setState({ ...state, status: 'signed-in', user: result.value.user, notice: null });
      return { ok: true, value: result.value.user };
    },
    async signOut() {
      if (token) await raw('auth:sign-out', {});
      endSession(null);
    },
    session: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
