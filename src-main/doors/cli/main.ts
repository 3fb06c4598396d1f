import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit';
import { registerClaimCommands } from './commands/claims';
import { registerMatchingCommands } from './commands/matching';
import { registerBalancesCommand } from './commands/balances';
import { registerCalendarCommand } from './commands/calendar';
import { registerComputeCommand, registerMpfCommand } from './commands/compute';
import { registerDemoCommand } from './commands/demo';
import { registerDesignateCommand } from './commands/designate';
import { registerImportCommand } from './commands/import';
import { registerPostEntryCommands } from './commands/post-entry';
import { registerStockCommands } from './commands/stock';
import { registerInitCommand } from './commands/init';
import { registerLabelCommands } from './commands/labels';
import { registerDevicesCommands } from './commands/devices';
import { registerReceiveCommand } from './commands/receive';
import { registerReferenceCommands } from './commands/reference';
import { registerServeCommand } from './commands/serve';
import { registerUsersCommands } from './commands/users';
import { EXIT, printError } from './cli-io';

/** Builds the `drawback-desk` program: every command opens the desk through the composition root. */
export function buildProgram(): Command {
  const program = new Command('drawback-desk')
    .description('Duty drawback desk: receiving with import provenance, an audited ledger, claims')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerInitCommand,
    registerImportCommand,
    registerReceiveCommand,
    registerStockCommands,
    registerBalancesCommand,
    registerAuditCommands,
    registerUsersCommands,
    registerServeCommand,
    registerDemoCommand,
    registerComputeCommand,
    registerMpfCommand,
    registerCalendarCommand,
    registerPostEntryCommands,
    registerDesignateCommand,
    registerMatchingCommands,
    registerClaimCommands,
    registerLabelCommands,
    registerDevicesCommands,
    registerReferenceCommands,
  ]) {
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return printError(error, json);
  }
}
