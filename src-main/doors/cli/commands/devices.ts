import type { Command } from 'commander';
import { MAX_SURVEY_TIMEOUT_MS } from '../../../../src-shared/schemas/device-inputs';
import { CLI_DOOR, ledgerCommand, report, wholeOption, withDesk, type CommonOptions } from '../cli-io';

/** `devices list`: what the desk can reach — scanners found, the label printer's own status, the RFID reader — in one dispatcher call. */
export function registerDevicesCommands(program: Command): void {
  const devices = program.command('devices').description('scanners, the label printer and the RFID reader');
  ledgerCommand(devices, 'list', 'list HID POS and serial scanners found on this machine, and ask the label printer how it is (~HS)')
    .option('--timeout <ms>', 'how long to wait for the printer to answer', '2000')
    .action(async (o: CommonOptions & { timeout: string }) => {
      await withDesk(o, async (desk) => {
        // the words of a bad --timeout stay the command line's; the request names no device: the printer is the setting's
        const timeoutMs = wholeOption(o.timeout, '--timeout', 1, MAX_SURVEY_TIMEOUT_MS);
        const survey = await desk.invoke('devices:survey', { timeoutMs }, { actor: desk.system, door: CLI_DOOR });
        report(o, survey, (v) =>
          [
            'scanners found:',
            ...(v.scanners.length
              ? v.scanners.map((d) =>
                  d.kind === 'hid'
                    ? `  HID POS ${d.path} ${d.manufacturer ?? ''} ${d.product ?? ''} (${hex(d.vendorId)}:${hex(d.productId)})`
                    : `  serial ${d.path} (${d.found})`,
                )
              : ['  none']),
            ...v.notes.map((n) => `  note: ${n}`),
            `scanners the desk opens: ${v.configuredScanners.length ? JSON.stringify(v.configuredScanners) : 'none (setting "scanners")'}`,
            v.printer
              ? `label printer ${v.printer.address}: ${v.printer.status.ready ? 'ready' : v.printer.status.faults.join(', ')}${v.printer.status.note ? ` (${v.printer.status.note})` : ''}`
              : 'label printer: not set (setting labels.printer)',
            `RFID reader: ${v.rfidReader ?? 'not set (setting rfid.reader)'}`,
          ].join('\n'),
        );
      });
    });
}

const hex = (n: number) => n.toString(16).padStart(4, '0');
