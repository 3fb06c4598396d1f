import type { AsyncChannel, Channel, ChannelOutput, ChannelParsed, Contract } from '../../src-shared/contract';
import type { Verified } from './auth/credential-check';
import type { ImportProgress } from './importing/import-file';
import type { Actor } from './service-context';

/** Channels anyone may call (sign-in): their handler may find no one signed in. */
export type PublicChannel = { [C in Channel]: Contract[C]['role'] extends 'public' ? C : never }[Channel];

/** What the dispatcher hands a handler besides the validated input. */
export interface CallContext {
  /** the person (or the system actor) asking: the dispatcher has checked the session and the role */
  actor: Actor;
  token: string | undefined;
  /** the password the request carried, checked before the handler runs (doors/ipc/request-credentials.ts) */
  verified: Verified;
  /**
   * Where a long request (an import) reports how far it is: handed in by a caller in the desk's own
   * process (the command line prints it on stderr); a window or browser cannot pass a function, so
   * for them it is never set.
   */
  onProgress?: (progress: ImportProgress) => void;
}

/** A public channel's call: no one need be signed in yet. */
export interface PublicCallContext extends Omit<CallContext, 'actor'> {
  actor: Actor | undefined;
}

export type CallFor<C extends Channel> = C extends PublicChannel ? PublicCallContext : CallContext;

export type Handler<C extends Channel> = (input: ChannelParsed<C>, call: CallFor<C>) => C extends AsyncChannel ? Promise<ChannelOutput<C>> : ChannelOutput<C>;

/** One handler per channel; merged in doors/ipc/handler-map.ts, where a missing channel is a compile error. */
export type HandlerMap = { [C in Channel]: Handler<C> };

/** The channels named `<domain>:…`, e.g. ChannelsOf<'claims'>. */
export type ChannelsOf<Domain extends string> = Extract<Channel, `${Domain}:${string}`>;

/** A domain's part of the handler map. */
export type Handlers<C extends Channel> = Pick<HandlerMap, C>;
