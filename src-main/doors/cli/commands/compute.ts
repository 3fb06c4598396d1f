import type { Command } from 'commander';
import { readJsonFile } from '../cli-io';
import { parseMethodInput } from '../../../engine/accounting-methods/input-schema';
import { buildMethodReport, type MethodReport, type WithdrawalReport } from '../../../engine/accounting-methods/method-report';
import { runAccountingMethod } from '../../../engine/accounting-methods/run-accounting-method';

// The fee command is registered alongside this one (src-main/doors/cli/main.ts imports both from here).
export { registerMpfCommand } from './mpf';

/**
 * `drawback-desk compute FILE.json`: applies one 19 CFR 191.14 accounting method to an inventory's
 * receipts and withdrawals and prints the draws, the drawback per export and what remains, as JSON.
 */
export function registerComputeCommand(program: Command): void {
  program
    .command('compute')
    .description('identify withdrawals with receipts by an accounting method (fifo, lifo, low-to-high, average, ...); prints JSON')
    .argument('<file>', 'JSON file: { "method": ..., "turnoverDays"?: n, "transactions": [receipts and withdrawals] }')
    .option('--json', 'output is always JSON (accepted for symmetry with other commands)')
    .action((file: string) => {
      const input = parseMethodInput(readJsonFile(file), file);
      writeReport(buildMethodReport(runAccountingMethod(input)));
    });
}

/**
 * Prints exactly what `JSON.stringify(report, null, 2)` would, but a chunk of withdrawals at a time and
 * with the report's fixed shape written out directly — a million withdrawals never have to fit in one
 * string, and printing stays a small part of the run. Ids go through JSON.stringify for escaping.
 */
function writeReport(report: MethodReport): void {
  const out = (text: string) => process.stdout.write(text);
  out(`{\n  "method": ${JSON.stringify(report.method)},\n  "withdrawals": [`);
  const chunk = 2_000;
  for (let i = 0; i < report.withdrawals.length; i += chunk) {
    out(
      `${i === 0 ? '\n' : ',\n'}${report.withdrawals
        .slice(i, i + chunk)
        .map(withdrawalJson)
        .join(',\n')}`,
    );
  }
  out(`${report.withdrawals.length > 0 ? '\n  ' : ''}],\n  "totalExportDrawback": ${JSON.stringify(report.totalExportDrawback)},\n  "remaining": [`);
  for (let i = 0; i < report.remaining.length; i += chunk) {
    const items = report.remaining
      .slice(i, i + chunk)
      .map((r) => `    {\n      "receipt": ${JSON.stringify(r.receipt)},\n      "quantity": ${r.quantity}\n    }`);
    out(`${i === 0 ? '\n' : ',\n'}${items.join(',\n')}`);
  }
  out(`${report.remaining.length > 0 ? '\n  ' : ''}]\n}\n`);
}

function withdrawalJson(w: WithdrawalReport): string {
  const draws = w.draws.map(
    (d) =>
      `        {\n          "receipt": ${JSON.stringify(d.receipt)},\n          "quantity": ${d.quantity},\n          "drawbackPerUnit": "${d.drawbackPerUnit}",\n          "drawback": "${d.drawback}"\n        }`,
  );
  const drawList = draws.length > 0 ? `[\n${draws.join(',\n')}\n      ]` : '[]';
  return `    {\n      "id": ${JSON.stringify(w.id)},\n      "purpose": "${w.purpose}",\n      "quantity": ${w.quantity},\n      "drawback": "${w.drawback}",\n      "unattributedQuantity": ${w.unattributedQuantity},\n      "draws": ${drawList}\n    }`;
}
