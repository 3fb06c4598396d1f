import { randomBytes } from 'node:crypto';
import type { Clock } from '../../ledger/clock';
import type { Actor } from '../service-context';

const IDLE_LIMIT_MS = 12 * 60 * 60 * 1000;

/** Signed-in sessions, held in memory only: a restart signs everyone out, which is what a desk expects. */
export class Sessions {
  private readonly byToken = new Map<string, { actor: Actor; lastSeen: number }>();
  constructor(private readonly clock: Clock) {}

  open(actor: Actor): string {
    const token = randomBytes(32).toString('base64url');
    this.byToken.set(token, { actor, lastSeen: this.clock.now().getTime() });
    return token;
  }

  resolve(token: string | undefined): Actor | undefined {
    if (!token) return undefined;
    const session = this.byToken.get(token);
    if (!session) return undefined;
    const now = this.clock.now().getTime();
    if (now - session.lastSeen > IDLE_LIMIT_MS) {
      this.byToken.delete(token);
      return undefined;
    }
    session.lastSeen = now;
    return session.actor;
  }

  close(token: string | undefined): void {
    if (token) this.byToken.delete(token);
  }
}
