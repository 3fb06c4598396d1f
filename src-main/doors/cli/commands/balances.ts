import type { Command } from 'commander';
import { report, withDesk, type CommonOptions, ledgerCommand } from '../cli-io';

interface BalancesOptions extends CommonOptions {
  lot?: string;
  sku?: string;
  entry?: string;
  location?: string;
}

export function registerBalancesCommand(program: Command): void {
  ledgerCommand(program, 'balances', 'stock per lot and location: available vs preserved for drawback')
    .option('--lot <code>', 'only this lot')
    .option('--sku <sku>', 'only this SKU')
    .option('--entry <number>', 'only lots from this import entry')
    .option('--location <code>', 'only this location')
    .action(async (o: BalancesOptions) => {
      await withDesk(o, (desk) =>
        report(
          o,
          desk.dispatch(
            'inventory:balances',
            { lotCode: o.lot, sku: o.sku, entryNumber: o.entry, locationCode: o.location, limit: 10_000 },
            { actor: desk.system },
          ),
          (rows) => {
            if (rows.length === 0) return 'no stock matches';
            const header = ['ENTRY', 'LINE', 'SKU', 'LOT', 'LOCATION', 'AVAILABLE', 'PRESERVED', 'PICKED'];
            const body = rows.map((r) => [
              r.entryNumber,
              String(r.entryLineNumber),
              r.sku,
              r.lotCode,
              r.locationCode,
              String(r.available),
              String(r.preserved),
              String(r.picked),
            ]);
            const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
            return [header, ...body].map((cols) => cols.map((c, i) => (i >= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')).join('\n');
          },
        ),
      );
    });
}
