import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../../../src-shared/errors';
import { DESK_SETTING_KEYS } from '../../../../src-shared/schemas/desk-settings';
import { withAudit } from '../../../ledger/audit/audit-log';
import { findLotId } from '../../../services/pallets/lot-lookup';
import { palletsOfLot } from '../../../services/pallets/pallet-record';
import { issueSsccForLot } from '../../../services/pallets/pallet-service';
import { queueLabel, renderLabel } from '../../../services/printing/print-queue';
import type { Desk } from '../../../composition-root';
import { EXIT, report, withDesk, type CommonOptions } from '../cli-io';

interface LotOptions extends CommonOptions {
  lot: string;
  sku?: string;
  format: string;
  dpi: string;
}

/** The lot's newest pallet, or a first SSCC for a lot received before labels were in use. */
function palletForLot(desk: Desk, o: LotOptions) {
  const lotId = findLotId(desk.ctx.db, o.lot, o.sku);
  return palletsOfLot(desk.ctx.db, lotId)[0] ?? issueSsccForLot(desk.ctx, desk.system, lotId);
}

function formatOf(o: LotOptions): { format: 'zpl' | 'pdf'; dpi: 203 | 300 } {
  if (o.format !== 'zpl' && o.format !== 'pdf') throw new AppError('VALIDATION', `--format ${o.format}: use zpl or pdf`, [{ field: 'format', message: 'zpl or pdf' }]);
  if (o.dpi !== '203' && o.dpi !== '300') throw new AppError('VALIDATION', `--dpi ${o.dpi}: use 203 or 300`, [{ field: 'dpi', message: '203 or 300' }]);
  return { format: o.format, dpi: Number(o.dpi) as 203 | 300 };
}

/** Settings, label files and printing from the command line, through the same services as the desk. */
export function registerLabelCommands(program: Command): void {
  const settings = program.command('settings').description('desk settings: GS1 company prefix, label printer, RFID reader');
  settings
    .command('list')
    .description('show every setting')
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action(async (o: CommonOptions) => {
      await withDesk(o, (desk) => report(o, desk.dispatch('settings:get', {}, { actor: desk.system }), (s) => Object.entries(s).map(([k, v]) => `${k} = ${v === '' ? '(not set)' : v}`).join('\n')));
    });
  settings
    .command('set <key> <value>')
    .description(`change one setting: ${DESK_SETTING_KEYS.join(', ')}`)
    .requiredOption('--db <file>', 'ledger file')
    .option('--json', 'machine-readable output')
    .action(async (key: string, value: string, o: CommonOptions) => {
      await withDesk(o, (desk) => report(o, desk.dispatch('settings:set', { key, value }, { actor: desk.system }), (s) => `${key} = ${s[key as keyof typeof s] || '(not set)'}`));
    });

  program
    .command('label')
    .description("write a lot's pallet label to a file (ZPL for label printers, PDF for office printers); issues an SSCC if the lot has none")
    .requiredOption('--db <file>', 'ledger file')
    .requiredOption('--lot <code>', 'lot code')
    .option('--sku <sku>', 'the SKU, when two items share the lot code')
    .option('--format <format>', 'zpl or pdf', 'zpl')
    .option('--dpi <dpi>', 'printer resolution for ZPL: 203 or 300', '203')
    .requiredOption('--out <file>', 'where to write the label')
    .option('--json', 'machine-readable output')
    .action(async (o: LotOptions & { out: string }) => {
      await withDesk(o, async (desk) => {
        const { format, dpi } = formatOf(o);
        const pallet = palletForLot(desk, o);
        const bytes = await renderLabel(pallet.label, format, dpi);
        // A label file can be printed by hand, so writing one is audited like a print — once it is written.
        writeFileSync(o.out, bytes);
        withAudit(desk.ctx.db, desk.ctx, { action: 'labels:write-file', subject: `label SSCC ${pallet.sscc}`, actor: desk.system.username, after: { format, dpi, file: o.out } }, () => undefined);
        report(o, { ok: true, value: { sscc: pallet.sscc, format, dpi, file: o.out, bytes: bytes.length } }, (v) => `wrote the ${v.format.toUpperCase()} label of SSCC (00) ${v.sscc} to ${v.file} (${v.bytes} bytes)`);
      });
    });

  program
    .command('print')
    .description("print a lot's pallet label: queued in the ledger, sent, retried if the printer is busy or unreachable, confirmed with the printer (~HS), audited; exits 3 when sent but not confirmed")
    .requiredOption('--db <file>', 'ledger file')
    .requiredOption('--lot <code>', 'lot code')
    .option('--sku <sku>', 'the SKU, when two items share the lot code')
    .option('--printer <address>', 'tcp://HOST:PORT, serial:PATH, file:PATH or cups:QUEUE (default: the labels.printer setting)')
    .option('--format <format>', 'zpl or pdf', 'zpl')
    .option('--dpi <dpi>', 'printer resolution for ZPL: 203 or 300', '203')
    .option('--reprint-reason <text>', 'why the label is printed again (needed once it has printed)')
    .option('--json', 'machine-readable output')
    .action(async (o: LotOptions & { printer?: string; reprintReason?: string }) => {
      await withDesk(o, async (desk) => {
        const { format, dpi } = formatOf(o);
        const pallet = palletForLot(desk, o);
        const jobId = queueLabel(desk.ctx, desk.system, { ssccId: pallet.ssccId, printer: o.printer, format, dpi, reprintReason: o.reprintReason });
        const job = await desk.pallets.printQueue.finish(jobId);
        if (job.state === 'unconfirmed') {
          // Not a failure (the label may well be out) and not a print: its own exit code, so a script can tell.
          report(o, { ok: true, value: job }, (j) => `sent the label of SSCC (00) ${j.sscc} to ${j.printer}, not confirmed (job ${j.uid}): ${j.error}`);
          process.exitCode = EXIT.unconfirmed;
          return;
        }
        if (job.state !== 'printed') throw new AppError('CONFLICT', `the label of SSCC ${job.sscc} did not print (job ${job.uid}, ${job.tries} tries): ${job.error ?? job.state}`);
        report(o, { ok: true, value: job }, (j) => `printed the label of SSCC (00) ${j.sscc} on ${j.printer}, confirmed by the printer (job ${j.uid}${j.tries > 1 ? `, after ${j.tries} tries` : ''})`);
      });
    });
}
