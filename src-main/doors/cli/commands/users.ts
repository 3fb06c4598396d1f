import type { Command } from 'commander';
import { ROLES } from '../../../../src-shared/roles';
import { CLI_DOOR, passwordFromEnv, report, withDesk, type CommonOptions, ledgerCommand } from '../cli-io';

interface AddOptions extends CommonOptions {
  username: string;
  displayName?: string;
  role: string;
  passwordEnv?: string;
}

export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('people who sign in at the desk');
  ledgerCommand(users, 'add', 'add a user (the password is read from an environment variable, never from the command line)')
    .requiredOption('--username <name>', 'sign-in name, lower case')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--display-name <name>', 'name shown on screens and in the audit trail')
    .option('--password-env <VAR>', 'environment variable holding the password')
    .action(async (options: AddOptions) => {
      const password = passwordFromEnv(options.passwordEnv, 'users add');
      await withDesk(options, async (desk) =>
        report(
          options,
          await desk.invoke(
            'users:add',
            { username: options.username, displayName: options.displayName ?? options.username, role: options.role, password },
            { actor: desk.system, door: CLI_DOOR },
          ),
          (u) => `added ${u.username} (${u.role})`,
        ),
      );
    });
  ledgerCommand(users, 'list', 'list users and their roles').action(async (options: CommonOptions) => {
    await withDesk(options, (desk) =>
      report(
        options,
        desk.dispatch('users:list', {}, { actor: desk.system }),
        (list) => list.map((u) => `${u.username.padEnd(16)} ${u.role.padEnd(11)} ${u.displayName}`).join('\n') || 'no users yet',
      ),
    );
  });
}
