import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { AuditVerification } from '../../../../src-shared/domain/ledger';
import { AppError } from '../../../../src-shared/errors';
import { openAuditedLedger } from '../../../ledger/audit/open-audited-ledger';
import { verifyAudit } from '../../../ledger/audit/verify-audit';
import { systemClock, ulidGenerator } from '../../../ledger/clock';
import { EXIT, type CommonOptions, ledgerCommand } from '../cli-io';

/** "checked 3 anchors: anchor log ledger.db.anchors (2), claim package DD-2026-0001.json (1)", and what was not checked. */
function anchorLines(result: AuditVerification): string {
  const total = result.anchors.reduce((n, a) => n + a.count, 0);
  const checked =
    total === 0
      ? 'checked no anchors'
      : `checked ${total} anchor${total === 1 ? '' : 's'}: ${result.anchors.map((a) => `${a.source} (${a.count})`).join(', ')}`;
  return [checked, ...result.notes.map((n) => `note: ${n}`)].map((line) => `${line}\n`).join('');
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');
  ledgerCommand(
    audit,
    'verify',
    'prove no ledger row, audit record or schema object was edited, deleted, reordered or cut off outside the app: checks the keyed chain and every anchor it finds',
  )
    .option(
      '--anchor <file>',
      'also check the audit anchor of this claim package (JSON, worksheet or PDF) or anchor log (repeatable)',
      (file: string, all: string[]) => [...all, file],
      [] as string[],
    )
    .action((options: CommonOptions & { anchor: string[] }) => {
      if (!existsSync(options.db)) throw new AppError('NOT_FOUND', `there is no ledger file at ${options.db}; check the --db path`);
      // Opened read-only and without migrations: verifying must not change the file it judges.
      const ledger = openAuditedLedger(options.db, { readonly: true, clock: systemClock, ids: ulidGenerator() });
      try {
        const result = verifyAudit(ledger.sqlite, { anchorFiles: options.anchor });
        if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.ok)
          process.stdout.write(
            `audit trail intact: ${result.recordsChecked} records, ${result.rowsChecked} ledger rows, sealed with the key from ${result.key}\n${anchorLines(result)}`,
          );
        else process.stderr.write(`audit trail BROKEN at ${result.firstBad!.reason}\n${anchorLines(result)}`);
        process.exitCode = result.ok ? EXIT.ok : EXIT.failed;
      } finally {
        ledger.close();
      }
    });
}
