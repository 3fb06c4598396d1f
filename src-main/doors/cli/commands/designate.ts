import type { Command } from 'commander';
import { readJsonFile } from '../cli-io';
import { designate } from '../../../engine/designation/designate';
import { parseDesignationRequest } from '../../../engine/designation/designation-schema';
import type { DesignationResult } from '../../../engine/designation/designation-types';

/**
 * `drawback-desk designate FILE.json`: designates import lines against exports under substitution
 * (19 U.S.C. 1313(j)(2) or 1313(b)) by max-refund (optimal), fifo or lifo, and prints the
 * allocations, the total refund and why anything is left undesignated, as JSON.
 */
export function registerDesignateCommand(program: Command): void {
  program
    .command('designate')
    .description('designate imports against exports for a substitution claim (max-refund, fifo, lifo); prints JSON')
    .argument('<file>', 'JSON file: { "provision", "claimDate", "objective", "imports": [...], "exports": [...] }')
    .option('--json', 'output is always JSON (accepted for symmetry with other commands)')
    .action((file: string) => {
      const request = parseDesignationRequest(readJsonFile(file), file);
      writeResult(designate(request));
    });
}

/** Prints the result as JSON.stringify(result, null, 2) would, a few thousand entries at a time. */
function writeResult(result: DesignationResult): void {
  const out = (text: string) => process.stdout.write(text);
  const list = (name: string, items: readonly unknown[], last = false) => {
    out(`  ${JSON.stringify(name)}: [`);
    for (let i = 0; i < items.length; i += 2_000) {
      const chunk = items.slice(i, i + 2_000).map((item) => `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`);
      out(`${i === 0 ? '\n' : ',\n'}${chunk.join(',\n')}`);
    }
    out(`${items.length > 0 ? '\n  ' : ''}]${last ? '\n' : ',\n'}`);
  };
  out(
    `{\n  "provision": ${JSON.stringify(result.provision)},\n  "objective": ${JSON.stringify(result.objective)},\n  "claimDate": ${JSON.stringify(result.claimDate)},\n`,
  );
  list('allocations', result.allocations);
  out(`  "totalRefund": ${JSON.stringify(result.totalRefund)},\n`);
  list('unusedExports', result.unusedExports);
  list('unusedImports', result.unusedImports, true);
  out('}\n');
}
