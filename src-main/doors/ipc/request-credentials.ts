import type { Channel, ChannelParsed } from '../../../src-shared/contract';
import type { ApprovalInput } from '../../../src-shared/schemas/ledger-inputs';
import type { CredentialClaim } from '../../services/auth/credential-check';

/**
 * The password a validated request carries, if any, so the dispatcher checks it (throttled, off the
 * event loop at the front doors) before the handler runs: a sign-in, a new user's password, or a
 * supervisor's approval in `override` (at the top of the input, or in the receipt of a pallet).
 */
export function credentialClaim(channel: Channel, input: unknown): CredentialClaim | undefined {
  switch (channel) {
    case 'auth:sign-in': {
      const { username, password } = input as ChannelParsed<'auth:sign-in'>;
      return { kind: 'sign-in', username, password };
    }
    case 'users:add':
      return { kind: 'new-password', password: (input as ChannelParsed<'users:add'>).password };
    case 'pallets:receive':
      return approval((input as ChannelParsed<'pallets:receive'>).receipt.override);
    default:
      return approval((input as { override?: ApprovalInput }).override);
  }
}

function approval(override: ApprovalInput | undefined): CredentialClaim | undefined {
  return override ? { kind: 'approval', username: override.supervisorUsername, password: override.supervisorPassword } : undefined;
}
