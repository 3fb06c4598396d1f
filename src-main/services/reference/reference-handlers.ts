import { listDestinationRules, listHtsFacts } from '../../ledger/repos/reference-repo';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { setDestinationRule, setHtsFact } from './reference-data-service';

/** Compliance reference data: the HTS "other" facts (19 CFR 190.2) and the destination rules. */
export function referenceHandlers(ctx: ServiceContext): Handlers<ChannelsOf<'reference'>> {
  return {
    'reference:hts-facts': (input) => listHtsFacts(ctx.db, input.prefix),
    'reference:set-hts-fact': (input, call) => setHtsFact(ctx, call.actor, input),
    'reference:destination-rules': () => listDestinationRules(ctx.db),
    'reference:set-destination-rule': (input, call) => setDestinationRule(ctx, call.actor, input),
  };
}
