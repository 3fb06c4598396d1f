import type { Command } from 'commander';
import { appliedMigrationCount } from '../../../ledger/repos/sqlite-catalog-repo';
import { withDesk, type CommonOptions, ledgerCommand } from '../cli-io';

export function registerInitCommand(program: Command): void {
  ledgerCommand(
    program,
    'init',
    'create a ledger and its audit key where no file exists, or bring an existing ledger up to the latest schema (keying the trail of one made before keyed audit trails)',
  ).action(async (options: CommonOptions) => {
    await withDesk(
      options,
      (desk) => {
        const out = {
          db: desk.ledger.path,
          migrationsApplied: appliedMigrationCount(desk.ledger.sqlite),
          created: desk.ledger.created,
          keyedNow: desk.ledger.keyedNow,
          ledgerUid: desk.ledger.chain.ledgerUid,
          auditKey: desk.ledger.chain.keyWhere,
        };
        if (options.json) process.stdout.write(`${JSON.stringify(out)}\n`);
        else {
          process.stdout.write(`ledger ready at ${out.db} (${out.migrationsApplied} migrations)\n`);
          if (out.keyedNow)
            process.stdout.write(
              `its audit trail was made before keyed trails: it checked out, and from record ${desk.ledger.chain.identity.keyedFromSeq} on it is sealed with a key\n`,
            );
          if (out.created || out.keyedNow) {
            process.stdout.write(
              `its audit key is in ${out.auditKey}: keep it (without it the ledger can neither be opened nor verified) and back it up apart from the ledger\n`,
            );
          }
        }
      },
      { create: true, upgradeUnkeyed: true },
    );
  });
}
