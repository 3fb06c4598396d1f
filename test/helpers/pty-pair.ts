import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A serial cable between the desk and a simulated device: two real kernel pseudo-terminals that socat
 * wires together, linked at the two paths given. Resolves once socat says both ends are ready.
 */
export function startSocat(deskEnd: string, deviceEnd: string): Promise<ChildProcess> {
  const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${deskEnd}`, `pty,raw,echo=0,link=${deviceEnd}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    socat.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      if (log.includes('starting data transfer loop')) resolve(socat);
    });
    socat.once('error', (error) => reject(new Error(`socat did not start (is socat installed?): ${error.message}`)));
    socat.once('exit', (code) => reject(new Error(`socat exited (${code}) before both ends were ready: ${log}`)));
  });
}

/** Pulls the cable: socat exits and removes both links. */
export async function stopSocat(socat: ChildProcess): Promise<void> {
  if (socat.exitCode !== null || socat.signalCode !== null) return;
  const exited = new Promise((resolve) => socat.once('exit', resolve));
  socat.kill('SIGTERM');
  await exited;
}

export interface PtyPair {
  /** the desk's end (what a serial: address names) */
  desk: string;
  /** the simulated device's end */
  device: string;
  close(): Promise<void>;
}

/** A pseudo-terminal pair in a fresh temporary folder, removed again by close(). */
export async function openPtyPair(): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-pty-'));
  const desk = join(dir, 'desk');
  const device = join(dir, 'device');
  let socat: ChildProcess;
  try {
    socat = await startSocat(desk, device);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    desk,
    device,
    close: async () => {
      await stopSocat(socat);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
