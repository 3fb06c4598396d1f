import type { Command } from 'commander';
import { withDesk, type CommonOptions } from '../cli-io';

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('create a ledger file (or bring an existing one up to the latest schema)')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action(async (options: CommonOptions) => {
      await withDesk(options, (desk) => {
        const version = desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
        const out = { db: desk.ledger.path, migrationsApplied: version.n };
        process.stdout.write(options.json ? `${JSON.stringify(out)}\n` : `ledger ready at ${out.db} (${out.migrationsApplied} migrations)\n`);
      }, { create: true });
    });
}
