import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPair {
  /** the desk's end (what a serial: address names) */
  desk: string;
  /** the printer's end */
  printer: string;
  close(): Promise<void>;
}

/** A real kernel pseudo-terminal pair from socat: bytes written to one end come out of the other. */
export function openPtyPair(): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'printer-pty-'));
  const desk = join(dir, 'desk');
  const printer = join(dir, 'printer');
  const socat: ChildProcess = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${desk}`, `pty,raw,echo=0,link=${printer}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  const close = async () => {
    if (socat.exitCode === null) {
      const exited = new Promise((resolve) => socat.once('exit', resolve));
      socat.kill();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let log = '';
    socat.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      if (log.includes('starting data transfer loop')) resolve({ desk, printer, close });
    });
    socat.once('error', reject);
    socat.once('exit', (code) => reject(new Error(`socat exited (${code}) before the pty pair was ready: ${log}`)));
  });
}
