import type { EventName, EventPayloads } from '../../src-shared/contract';
import type { Role } from '../../src-shared/roles';
import type { Clock, IdGenerator } from '../ledger/clock';
import type { Sqlite } from '../ledger/db/open-ledger';

/** What every service needs: the ledger, time, ids, and a way to tell windows that data changed. */
export interface ServiceContext {
  db: Sqlite;
  clock: Clock;
  ids: IdGenerator;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

/** Who is asking: resolved from the session (app, browser) or the system actor (CLI). */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
}
