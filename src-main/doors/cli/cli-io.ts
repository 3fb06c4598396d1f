import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError, type Result } from '../../../src-shared/errors';
import { createDesk, type Desk } from '../../composition-root';
import { utf8Text } from '../../services/importing/utf8-text';
import type { DoorAuth } from '../ipc/dispatcher';
import { busyError } from '../../ledger/db/busy-error';

/** Options every command takes. */
export interface CommonOptions {
  db: string;
  json?: boolean;
}

/**
 * A command that works on a ledger file: its `--db FILE` (required) and `--json` are declared here,
 * once for every such command; `help` words them for a command whose file or output differs.
 */
export function ledgerCommand(parent: Command, name: string, description: string, help: { db?: string; json?: string } = {}): Command {
  return parent
    .command(name)
    .description(description)
    .requiredOption('--db <file>', help.db ?? 'ledger file')
    .option('--json', help.json ?? 'machine-readable output');
}

/**
 * Exit codes: 0 done, 1 the request failed (bad data, refused, not found, the ledger busy), 2 usage
 * error, 3 a label sent but not confirmed by the printer (it may or may not have printed: look).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, unconfirmed: 3 } as const;

/**
 * Opens the desk for one command and always closes it, so the ledger is never left open. Only the
 * commands that create ledgers pass `create`: a mistyped --db must not quietly start an empty ledger
 * (and no command turns an existing file that is not a ledger into one).
 */
export async function withDesk<T>(options: CommonOptions, work: (desk: Desk) => T | Promise<T>, { create = false, upgradeUnkeyed = false } = {}): Promise<T> {
  if (!create && !existsSync(options.db)) {
    throw new AppError('NOT_FOUND', `there is no ledger at ${options.db}; check --db, or create one with "drawback-desk init --db ${options.db}"`);
  }
  const desk = createDesk(options.db, { log: (m, e) => console.error(m, e), create, upgradeUnkeyed });
  try {
    return await work(desk);
  } finally {
    desk.close();
  }
}

/** Prints a value as JSON (`--json`) or as the human text; a failed Result becomes an AppError. */
export function report<T>(options: CommonOptions, result: Result<T>, human: (value: T) => string): T {
  const value = unwrap(result);
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human(value)}\n`);
  return value;
}

/** The value of a Result the command goes on with; a failed one becomes the AppError it carries. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
  return result.value;
}

/** Prints an error the way a person at the desk can act on it; JSON on stderr with --json. */
export function printError(thrown: unknown, json: boolean): number {
  const error = busyError(thrown) ?? thrown;
  if (error instanceof AppError) {
    if (json) process.stderr.write(`${JSON.stringify({ ok: false, error: error.toShape() })}\n`);
    else {
      process.stderr.write(`drawback-desk: ${error.message}\n`);
      for (const issue of error.issues ?? []) process.stderr.write(`  ${issue.field}: ${issue.message}\n`);
    }
    return EXIT.failed;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(json ? `${JSON.stringify({ ok: false, error: { code: 'INTERNAL', message } })}\n` : `drawback-desk: ${message}\n`);
  return EXIT.failed;
}

/** A whole-number option written in plain decimal digits ("0x50" or "1e3" is not a port or a timeout), within bounds. */
export function wholeOption(text: string, option: string, min: number, max: number): number {
  const value = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(value >= min && value <= max))
    throw new AppError('VALIDATION', `${option} is a whole number from ${min} to ${max}, written in digits, not "${text}"`, [
      { field: option.replace(/^--/, ''), message: `a whole number from ${min} to ${max}` },
    ]);
  return value;
}

/** Reads a password from the environment variable named by the user (never from argv, which `ps` shows). */
export function passwordFromEnv(variable: string | undefined, what: string): string {
  if (!variable) throw new AppError('VALIDATION', `${what}: pass --password-env VAR naming an environment variable that holds the password`);
  const value = process.env[variable];
  if (!value) throw new AppError('VALIDATION', `${what}: environment variable ${variable} is empty or not set`);
  return value;
}

/**
 * Reads a JSON input file, saying which file could not be read or parsed and why. Like an import,
 * it must be UTF-8 (a bad line is named) and may start with a byte order mark.
 */
export function readJsonFile(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new AppError('NOT_FOUND', `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = utf8Text(bytes, file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('VALIDATION', `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, [
      { field: '(file)', message: 'fix the JSON syntax' },
    ]);
  }
}

/** Options of commands a named person must do themselves (approvals): `--as USER --password-env VAR`. */
export interface PersonOptions {
  as?: string;
  passwordEnv?: string;
}

/**
 * Who a command acts as: the built-in system actor, or with `--as` the named person, signed in with
 * the password from the environment, so an approval in the audit trail names a real supervisor.
 * Passwords go through the same throttle as everywhere else (a wrong one counts against that user).
 */
export async function actingAs(desk: Desk, o: PersonOptions): Promise<DoorAuth> {
  if (!o.as) return { actor: desk.system, door: CLI_DOOR };
  const signIn = await desk.invoke('auth:sign-in', { username: o.as, password: passwordFromEnv(o.passwordEnv, `--as ${o.as}`) }, { door: CLI_DOOR });
  if (!signIn.ok) throw new AppError(signIn.error.code, `--as ${o.as}: ${signIn.error.message}`);
  return { token: signIn.value.token, door: CLI_DOOR };
}

/** The door the CLI's requests come through (passwords are throttled per door and per user). */
export const CLI_DOOR = 'cli';
