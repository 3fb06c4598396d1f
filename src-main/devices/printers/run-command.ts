import { spawn } from 'node:child_process';

export type CommandOutcome =
  | { kind: 'exited'; code: number | null; stdout: string; stderr: string }
  | { kind: 'not-started'; systemCode: string }
  | { kind: 'timed-out'; stdout: string; stderr: string };

export interface CommandOptions {
  input?: Uint8Array;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** Runs a command with optional stdin, collecting its output; never rejects. */
export function runCommand(command: string, args: string[], options: CommandOptions): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ kind: 'timed-out', stdout, stderr });
    }, options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ kind: 'not-started', systemCode: error.code ?? error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ kind: 'exited', code, stdout, stderr });
    });
    // A command that exits without reading all its input closes the pipe: that is its exit code's business.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? new Uint8Array());
  });
}
