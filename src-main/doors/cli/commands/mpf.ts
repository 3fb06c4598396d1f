import type { Command } from 'commander';
import { readJsonFile } from '../cli-io';
import { AppError } from '../../../../src-shared/errors';
import { apportionMpf, mpfRefund } from '../../../engine/fees/mpf-apportionment';
import { parseMpfInput } from '../../../engine/fees/mpf-input-schema';
import { buildMpfReport } from '../../../engine/fees/mpf-report';

interface MpfOptions {
  exportQuantity?: string;
  line?: string;
  json?: boolean;
}

/**
 * `drawback-desk mpf FILE.json [--export-quantity N --line L]`: apportions the merchandise processing
 * fee of one entry summary to its lines by 19 CFR 190.51(b)(2) and, with both options, adds the fee
 * refundable for N exported units of line L (to cents). Prints JSON.
 */
export function registerMpfCommand(program: Command): void {
  program
    .command('mpf')
    .description('apportion the merchandise processing fee to entry summary lines (19 CFR 190.51(b)(2)); prints JSON')
    .argument('<file>', 'JSON file: { "mpfPaid": "485.00", "lines": [{ "line", "quantity", "value", "mpfExempt" }] }')
    .option('--export-quantity <n>', 'units of --line exported or destroyed: adds the refundable fee for them')
    .option('--line <n>', 'the entry summary line those units came from')
    .option('--json', 'output is always JSON (accepted for symmetry with other commands)')
    .action((file: string, o: MpfOptions) => {
      const request = refundRequest(o);
      const results = apportionMpf(parseMpfInput(readJsonFile(file), file));
      const refund = request ? mpfRefund(results, request.line, request.exportQuantity) : undefined;
      process.stdout.write(`${JSON.stringify(buildMpfReport(results, refund), null, 2)}\n`);
    });
}

function refundRequest(o: MpfOptions): { line: number; exportQuantity: number } | undefined {
  if (o.exportQuantity === undefined && o.line === undefined) return undefined;
  if (o.exportQuantity === undefined || o.line === undefined) {
    throw new AppError('VALIDATION', '--export-quantity and --line go together: pass both, e.g. --export-quantity 1000 --line 1');
  }
  const whole = (text: string, option: string): number => {
    if (!/^\d{1,12}$/.test(text) || Number(text) < 1)
      throw new AppError('VALIDATION', `${option} is a whole number of at least 1, not "${text}"`, [
        { field: option.slice(2), message: 'a whole number of at least 1' },
      ]);
    return Number(text);
  };
  return { exportQuantity: whole(o.exportQuantity, '--export-quantity'), line: whole(o.line, '--line') };
}
