import { findUser, listUsers, toUserSummary } from '../../ledger/repos/users-repo';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import type { Sessions } from './sessions';
import { addUser } from './users-service';

/** Signing in and out, and the people who may. */
export function authHandlers(ctx: ServiceContext, sessions: Sessions): Handlers<ChannelsOf<'auth' | 'users'>> {
  const { db } = ctx;
  return {
    'auth:sign-in': (_input, call) => {
      if (!call.verified.user) throw new Error('auth:sign-in reached its handler without a checked password');
      const { summary, ...actor } = call.verified.user;
      return { token: sessions.open(actor), user: summary };
    },
    'auth:sign-out': (_input, call) => (sessions.close(call.token), null),
    'auth:whoami': (_input, call) => toUserSummary(findUser(db, call.actor.username)!),
    'users:add': (input, call) => {
      if (!call.verified.passwordHash) throw new Error('users:add reached its handler without the password hashed');
      return addUser(ctx, call.actor, input, call.verified.passwordHash);
    },
    'users:list': () => listUsers(db),
  };
}
