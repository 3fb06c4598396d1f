import { AppError } from '../../../src-shared/errors';
import { getEntry, listEntries } from '../../ledger/repos/entries-repo';
import { listItems } from '../../ledger/repos/items-repo';
import { listLocations } from '../../ledger/repos/locations-repo';
import type { ChannelsOf, Handlers } from '../handler-types';
import type { ServiceContext } from '../service-context';
import { addEntry, addItem, addLocation } from './catalog-service';

/** Master data: items, import entries and bins. */
export function catalogHandlers(ctx: ServiceContext): Handlers<ChannelsOf<'items' | 'entries' | 'locations'>> {
  const { db } = ctx;
  return {
    'items:list': (input) => listItems(db, input.query),
    'items:add': (input, call) => addItem(ctx, call.actor, input),
    'entries:get': (input) => {
      const entry = getEntry(db, input.entryNumber);
      if (!entry)
        throw new AppError('NOT_FOUND', `entry ${input.entryNumber} is not in the ledger`, [
          { field: 'entryNumber', message: `entry ${input.entryNumber} is not in the ledger; check the number, or add the entry first` },
        ]);
      return entry;
    },
    'entries:add': (input, call) => addEntry(ctx, call.actor, input),
    'entries:list': (input) => listEntries(db, input.query),
    'locations:list': () => listLocations(db),
    'locations:add': (input, call) => addLocation(ctx, call.actor, input),
  };
}
