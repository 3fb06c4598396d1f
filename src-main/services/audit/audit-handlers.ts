import { verifyAudit } from '../../ledger/audit/verify-audit';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';

/** The audit trail's own check, as a supervisor asks for it from a screen. */
export function auditHandlers(ctx: ServiceContext): Handlers<ChannelsOf<'audit'>> {
  return {
    'audit:verify': () => verifyAudit(ctx.db),
  };
}
