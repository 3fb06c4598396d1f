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
}

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
  let state: SessionState = { status: token ? 'checking' : 'signed-out', user: null, notice: null };
  const listeners = new Set<() => void>();
  const setState = (next: SessionState) => ((state = next), listeners.forEach((l) => l()));
  const raw = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    transport.invoke(channel, input, token) as Promise<Result<ChannelOutput<C>>>;

  function endSession(notice: string | null) {
    token = undefined;
    sessionStorage.removeItem(SESSION_KEY);
    setState({ status: 'signed-out', user: null, notice });
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
    void raw('auth:whoami', {}).then((r) => (r.ok ? setState({ status: 'signed-in', user: r.value, notice: null }) : endSession(null)));
  }

  return {
    invoke,
    on: (event, listener) => transport.on(event, listener),
    async signIn(username, password) {
      const result = await raw('auth:sign-in', { username, password });
      if (!result.ok) return result;
      token = result.value.token;
      sessionStorage.setItem(SESSION_KEY, token);
      setState({ status: 'signed-in', user: result.value.user, notice: null });
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
