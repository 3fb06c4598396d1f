import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { AppError } from '../../../src-shared/errors';
import { verifyAudit } from '../../audit/verify-audit';
import { openLedger } from '../../db/open-ledger';
import { EXIT, type CommonOptions } from '../cli-io';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('prove no ledger row or audit record was edited, deleted or reordered outside the app')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action((options: CommonOptions) => {
      if (!existsSync(options.db)) throw new AppError('NOT_FOUND', `there is no ledger file at ${options.db}; check the --db path`);
      // Opened read-only and without migrations: verifying must not change the file it judges.
      const ledger = openLedger(options.db, { readonly: true });
      try {
        const result = verifyAudit(ledger.sqlite);
        if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.ok) process.stdout.write(`audit trail intact: ${result.recordsChecked} records, ${result.rowsChecked} ledger rows\n`);
        else process.stderr.write(`audit trail BROKEN at ${result.firstBad!.reason}\n`);
        process.exitCode = result.ok ? EXIT.ok : EXIT.failed;
      } finally {
        ledger.close();
      }
    });
}
