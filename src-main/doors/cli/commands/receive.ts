import type { Command } from 'commander';
import type { ReceiptResult } from '../../../../src-shared/domain/ledger';
import { actingAs, passwordFromEnv, report, withDesk, type CommonOptions, type PersonOptions, ledgerCommand } from '../cli-io';

interface ReceiveOptions extends CommonOptions, PersonOptions {
  entry: string;
  line: string;
  sku: string;
  lot: string;
  quantity: string;
  uom: string;
  location: string;
  preserve?: boolean;
  reference?: string;
  approver?: string;
  approverPasswordEnv?: string;
  reason?: string;
}

export function registerReceiveCommand(program: Command): void {
  ledgerCommand(program, 'receive', 'record one receipt line with its import provenance')
    .requiredOption('--entry <number>', 'import entry number, e.g. 2023-000123')
    .requiredOption('--line <n>', 'entry line number')
    .requiredOption('--sku <sku>', 'item SKU')
    .requiredOption('--lot <code>', 'lot code')
    .requiredOption('--quantity <n>', 'quantity received')
    .option('--uom <unit>', 'unit of the quantity', 'EA')
    .requiredOption('--location <code>', 'put-away location')
    .option('--preserve', 'flag the stock as preserved for drawback even in an ordinary bin')
    .option('--reference <ref>', 'unique source reference: a repeat is not received twice')
    .option('--as <username>', 'who receives (default: the built-in system actor); an override must name its approver as someone else')
    .option('--password-env <VAR>', 'environment variable holding the password of --as')
    .option('--approver <username>', 'supervisor approving a receipt over the entry line quantity')
    .option('--approver-password-env <VAR>', "environment variable holding the approver's password")
    .option('--reason <text>', 'reason for the override')
    .action(async (o: ReceiveOptions) => {
      const override = o.approver
        ? { supervisorUsername: o.approver, supervisorPassword: passwordFromEnv(o.approverPasswordEnv, 'receive --approver'), reason: o.reason ?? '' }
        : undefined;
      const input = {
        entryNumber: o.entry,
        lineNumber: o.line,
        sku: o.sku,
        lotCode: o.lot,
        quantity: o.quantity,
        uom: o.uom,
        locationCode: o.location,
        preserveForDrawback: o.preserve ?? false,
        reference: o.reference,
        override,
      };
      await withDesk(o, async (desk) => report(o, await desk.invoke('receiving:create-receipt', input, await actingAs(desk, o)), describe));
    });
}

function describe(r: ReceiptResult): string {
  const lines = [
    r.duplicate
      ? `already received as ${r.movement.id} (reference ${r.movement.reference}); nothing new recorded`
      : `received ${r.movement.quantity} of ${r.lot.sku} lot ${r.lot.lotCode} from entry ${r.lot.entryNumber} line ${r.lot.lineNumber} into ${r.movement.to?.location} (${r.bucket})`,
  ];
  for (const e of r.exceptions) lines.push(`  exception for review: ${e.message}`);
  return lines.join('\n');
}
