import type { Command } from 'commander';
import type { Movement } from '../../../src-shared/domain/ledger';
import { report, withDesk, type CommonOptions } from '../cli-io';

const describe = (m: Movement) =>
  `${m.kind} ${m.id}: ${m.quantity} of ${m.sku} lot ${m.lotCode}${m.from ? ` from ${m.from.location} (${m.from.bucket})` : ''}${m.to ? ` to ${m.to.location} (${m.to.bucket})` : ''}`;

interface MoveOptions extends CommonOptions {
  sku: string;
  lot: string;
  from: string;
  to: string;
  quantity: string;
  bucket: string;
}

/** Put-away and corrections from the command line; each is one audited movement. */
export function registerStockCommands(program: Command): void {
  program
    .command('move')
    .description('move stock between bins (into a segregated drawback bin it becomes preserved)')
    .requiredOption('--db <file>', 'ledger file')
    .requiredOption('--sku <sku>', 'item SKU')
    .requiredOption('--lot <code>', 'lot code')
    .requiredOption('--from <bin>', 'location it is in')
    .requiredOption('--to <bin>', 'location it goes to')
    .requiredOption('--quantity <n>', 'how many')
    .option('--bucket <bucket>', 'available or preserved stock', 'available')
    .option('--json', 'machine-readable output')
    .action(async (o: MoveOptions) => {
      const input = { sku: o.sku, lotCode: o.lot, fromLocation: o.from, toLocation: o.to, quantity: o.quantity, bucket: o.bucket };
      await withDesk(o, (desk) => report(o, desk.dispatch('inventory:move', input, { actor: desk.system }), describe));
    });
  program
    .command('reverse')
    .description('undo a recorded movement with its exact opposite (the original stays in the ledger)')
    .requiredOption('--db <file>', 'ledger file')
    .requiredOption('--movement <id>', 'id of the movement to reverse')
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .option('--json', 'machine-readable output')
    .action(async (o: CommonOptions & { movement: string; reason: string }) => {
      await withDesk(o, (desk) => report(o, desk.dispatch('inventory:reverse-movement', { movementId: o.movement, reason: o.reason }, { actor: desk.system }), describe));
    });
}
