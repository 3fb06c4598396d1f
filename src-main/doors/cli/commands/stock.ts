import type { Command } from 'commander';
import type { Movement } from '../../../../src-shared/domain/ledger';
import { actingAs, passwordFromEnv, report, withDesk, type CommonOptions, type PersonOptions, ledgerCommand } from '../cli-io';

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
  ledgerCommand(program, 'move', 'move stock between bins (into a segregated drawback bin it becomes preserved)')
    .requiredOption('--sku <sku>', 'item SKU')
    .requiredOption('--lot <code>', 'lot code')
    .requiredOption('--from <bin>', 'location it is in')
    .requiredOption('--to <bin>', 'location it goes to')
    .requiredOption('--quantity <n>', 'how many')
    .option('--bucket <bucket>', 'available or preserved stock', 'available')
    .action(async (o: MoveOptions) => {
      const input = { sku: o.sku, lotCode: o.lot, fromLocation: o.from, toLocation: o.to, quantity: o.quantity, bucket: o.bucket };
      await withDesk(o, (desk) => report(o, desk.dispatch('inventory:move', input, { actor: desk.system }), describe));
    });
  ledgerCommand(program, 'reverse', 'undo a recorded movement with its exact opposite (the original stays in the ledger)')
    .requiredOption('--movement <id>', 'id of the movement to reverse')
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .option('--as <username>', 'who asks for the reversal (default: the built-in system actor)')
    .option('--password-env <VAR>', 'environment variable holding the password of --as')
    .option('--approver <username>', 'the supervisor approving it (never the one who asks)')
    .option('--approver-password-env <VAR>', "environment variable holding the approver's password")
    .action(async (o: CommonOptions & PersonOptions & { movement: string; reason: string; approver?: string; approverPasswordEnv?: string }) => {
      const override = o.approver
        ? { supervisorUsername: o.approver, supervisorPassword: passwordFromEnv(o.approverPasswordEnv, 'reverse --approver') }
        : undefined;
      await withDesk(o, async (desk) =>
        report(o, await desk.invoke('inventory:reverse-movement', { movementId: o.movement, reason: o.reason, override }, await actingAs(desk, o)), describe),
      );
    });
}
