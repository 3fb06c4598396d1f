import type { ChannelsOf, Handlers } from '../handler-types';
import type { MatchingRunner } from '../matching/matching-runner';
import type { ServiceContext } from '../service-context';
import { importFile } from './import-file';

/**
 * The command line's import of a file on the desk's machine (contract role `system`). Imported export
 * shipments are confirmed exports: a matching run starts for them, as at the desk, and the answer
 * waits for it so the command leaves nothing running when it closes the ledger.
 */
export function importingHandlers(ctx: ServiceContext, matching: MatchingRunner): Handlers<ChannelsOf<'imports'>> {
  return {
    'imports:apply-file': async (input, call) => {
      const summary = importFile(ctx, call.actor, {
        kind: input.kind,
        path: input.file,
        onProgress: call.onProgress,
        onShipmentsConfirmed: (references) =>
          matching.trigger(call.actor, { trigger: 'shipments imported', policy: { substitution: false }, shipmentReferences: references }),
      });
      await matching.idle();
      return summary;
    },
  };
}
