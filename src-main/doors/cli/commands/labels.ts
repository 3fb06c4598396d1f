import { Option, type Command } from 'commander';
import { AppError } from '../../../../src-shared/errors';
import { DESK_SETTING_KEYS } from '../../../../src-shared/schemas/desk-settings';
import { CLI_DOOR, EXIT, ledgerCommand, report, withDesk, type CommonOptions } from '../cli-io';

interface LotOptions extends CommonOptions {
  lot: string;
  sku?: string;
  format: 'zpl' | 'pdf';
  dpi: '203' | '300';
}

/** `--format` and `--dpi`, refused by commander as usage errors when they are not one of the choices. */
const formatOption = () => new Option('--format <format>', 'zpl or pdf').choices(['zpl', 'pdf']).default('zpl');
const dpiOption = () => new Option('--dpi <dpi>', 'printer resolution for ZPL').choices(['203', '300']).default('203');

/**
 * Settings, label files and printing from the command line, through the dispatcher as every door.
 * A label file and a print that names its printer go through the contract's `system` channels, which
 * only this process (as the system actor, run by the OS user who owns the ledger) is let into.
 */
export function registerLabelCommands(program: Command): void {
  const settings = program.command('settings').description('desk settings: GS1 company prefix, label printer, RFID reader');
  ledgerCommand(settings, 'list', 'show every setting').action(async (o: CommonOptions) => {
    await withDesk(o, (desk) =>
      report(o, desk.dispatch('settings:get', {}, { actor: desk.system }), (s) =>
        Object.entries(s)
          .map(([k, v]) => `${k} = ${v === '' ? '(not set)' : v}`)
          .join('\n'),
      ),
    );
  });
  ledgerCommand(settings, 'set <key> <value>', `change one setting: ${DESK_SETTING_KEYS.join(', ')}`).action(
    async (key: string, value: string, o: CommonOptions) => {
      await withDesk(o, (desk) =>
        report(o, desk.dispatch('settings:set', { key, value }, { actor: desk.system }), (s) => `${key} = ${s[key as keyof typeof s] || '(not set)'}`),
      );
    },
  );

  ledgerCommand(program, 'label', "write a lot's pallet label to a file (ZPL for label printers, PDF for office printers); issues an SSCC if the lot has none")
    .requiredOption('--lot <code>', 'lot code')
    .option('--sku <sku>', 'the SKU, when two items share the lot code')
    .addOption(formatOption())
    .addOption(dpiOption())
    .requiredOption('--out <file>', 'where to write the label')
    .action(async (o: LotOptions & { out: string }) => {
      await withDesk(o, async (desk) => {
        const input = { lot: o.lot, sku: o.sku, format: o.format, dpi: o.dpi, file: o.out };
        report(
          o,
          await desk.invoke('labels:write-file', input, { actor: desk.system, door: CLI_DOOR }),
          (v) => `wrote the ${v.format.toUpperCase()} label of SSCC (00) ${v.sscc} to ${v.file} (${v.bytes} bytes)`,
        );
      });
    });

  ledgerCommand(
    program,
    'print',
    "print a lot's pallet label: queued in the ledger, sent, retried if the printer is busy or unreachable, confirmed with the printer (~HS), audited; exits 3 when sent but not confirmed",
  )
    .requiredOption('--lot <code>', 'lot code')
    .option('--sku <sku>', 'the SKU, when two items share the lot code')
    .option('--printer <address>', 'tcp://HOST:PORT, serial:PATH, file:PATH or cups:QUEUE (default: the labels.printer setting)')
    .addOption(formatOption())
    .addOption(dpiOption())
    .option('--reprint-reason <text>', 'why the label is printed again (needed once it has printed)')
    .action(async (o: LotOptions & { printer?: string; reprintReason?: string }) => {
      await withDesk(o, async (desk) => {
        const input = { lot: o.lot, sku: o.sku, printer: o.printer, format: o.format, dpi: o.dpi, reprintReason: o.reprintReason };
        const result = await desk.invoke('labels:print', input, { actor: desk.system, door: CLI_DOOR });
        if (result.ok && result.value.state === 'unconfirmed') {
          // Not a failure (the label may well be out) and not a print: its own exit code, so a script can tell.
          report(o, result, (j) => `sent the label of SSCC (00) ${j.sscc} to ${j.printer}, not confirmed (job ${j.uid}): ${j.error}`);
          process.exitCode = EXIT.unconfirmed;
          return;
        }
        if (result.ok && result.value.state !== 'printed') {
          const job = result.value;
          throw new AppError('CONFLICT', `the label of SSCC ${job.sscc} did not print (job ${job.uid}, ${job.tries} tries): ${job.error ?? job.state}`);
        }
        report(
          o,
          result,
          (j) =>
            `printed the label of SSCC (00) ${j.sscc} on ${j.printer}, confirmed by the printer (job ${j.uid}${j.tries > 1 ? `, after ${j.tries} tries` : ''})`,
        );
      });
    });
}
