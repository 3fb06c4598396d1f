import type { ImportEntry, Item, Location } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { EntryInput, ItemInput, LocationInput } from '../../../src-shared/schemas/ledger-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import { findEntry, getEntry, insertEntry } from '../../ledger/repos/entries-repo';
import { findItemBySku, insertItem, toItem } from '../../ledger/repos/items-repo';
import { findLocation, insertLocation, toLocation } from '../../ledger/repos/locations-repo';
import type { Actor, ServiceContext } from '../service-context';

/** Master data written one record at a time (screens, CLI); bulk files go through importing/. */
export function addItem(ctx: ServiceContext, actor: Actor, input: ItemInput): Item {
  if (findItemBySku(ctx.db, input.sku)) throw new AppError('CONFLICT', `SKU ${input.sku} already exists`, [{ field: 'sku', message: 'already exists' }]);
  withAudit(ctx.db, ctx, { action: 'items:add', subject: `SKU ${input.sku}`, actor: actor.username, after: input }, (seq) =>
    insertItem(ctx.db, input, ctx.clock.now().toISOString(), seq),
  );
  return toItem(findItemBySku(ctx.db, input.sku)!);
}

export function addLocation(ctx: ServiceContext, actor: Actor, input: LocationInput): Location {
  if (findLocation(ctx.db, input.code)) throw new AppError('CONFLICT', `location ${input.code} already exists`, [{ field: 'code', message: 'already exists' }]);
  withAudit(ctx.db, ctx, { action: 'locations:add', subject: `location ${input.code}`, actor: actor.username, after: input }, (seq) =>
    insertLocation(ctx.db, input, seq),
  );
  return toLocation(findLocation(ctx.db, input.code)!);
}

export function addEntry(ctx: ServiceContext, actor: Actor, input: EntryInput): ImportEntry {
  if (findEntry(ctx.db, input.entryNumber))
    throw new AppError('CONFLICT', `entry ${input.entryNumber} already exists`, [{ field: 'entryNumber', message: 'already exists' }]);
  withAudit(ctx.db, ctx, { action: 'entries:add', subject: `entry ${input.entryNumber}`, actor: actor.username, after: { lines: input.lines.length } }, (seq) =>
    insertEntry(ctx.db, input, ctx.ids.next(), ctx.clock.now().toISOString(), seq),
  );
  return getEntry(ctx.db, input.entryNumber)!;
}
