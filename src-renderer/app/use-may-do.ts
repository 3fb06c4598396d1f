import type { Channel } from '../../src-shared/contract';
import { useSession } from './client-context';
import { mayDo } from './screens';

/**
 * Whether the signed-in person may do what `channel` does, so a screen shows an action they may not
 * perform as disabled rather than inviting a refusal. Main checks every request again whatever the screen shows.
 */
export function useMayDo(channel: Channel, options?: { fourEyes?: boolean }): boolean {
  const { user } = useSession();
  return user !== null && mayDo(user.role, channel, options);
}
