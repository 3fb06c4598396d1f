import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { AppError } from '../../../../src-shared/errors';
import { DEMO_USERS, loadDemoData } from '../../demo-data';
import { withDesk, type CommonOptions, ledgerCommand } from '../cli-io';

interface DemoOptions extends CommonOptions {
  receipts: boolean;
}

export function registerDemoCommand(program: Command): void {
  ledgerCommand(program, 'demo', 'create a new ledger filled with demo data (users, bins, items, entries, the 2023-000123 receipt)', {
    db: 'ledger file to create (must not exist yet)',
  })
    .option('--no-receipts', 'leave out the demo receipts (master data and entries only)')
    .action(async (o: DemoOptions) => {
      if (existsSync(o.db)) throw new AppError('CONFLICT', `${o.db} already exists; demo data goes into a new ledger only`);
      await withDesk(
        o,
        async (desk) => {
          loadDemoData(desk, { withReceipts: o.receipts });
          await desk.matching.idle(); // the demo shipments' matching runs finish before the ledger closes
        },
        { create: true },
      );
      const users = DEMO_USERS.map(({ username, role, password }) => ({ username, role, password }));
      process.stdout.write(
        o.json
          ? `${JSON.stringify({ db: o.db, users })}\n`
          : `demo ledger created at ${o.db}\nsign in as:\n${users.map((u) => `  ${u.username.padEnd(12)} ${u.password.padEnd(20)} (${u.role})`).join('\n')}\n`,
      );
    });
}
