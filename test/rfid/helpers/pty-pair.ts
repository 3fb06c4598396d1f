import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPair {
  /** the desk's end */
  desk: string;
  /** the simulated device's end */
  device: string;
  close(): Promise<void>;
}

/** Two kernel pseudo-terminals wired together by socat, as a serial cable between desk and device. */
export async function openPtyPair(): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'rfid-pty-'));
  const desk = join(dir, 'desk');
  const device = join(dir, 'device');
  const socat: ChildProcess = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${desk}`, `pty,raw,echo=0,link=${device}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let exited = false;
  socat.on('exit', () => (exited = true));
  const started = Date.now();
  while (!existsSync(desk) || !existsSync(device)) {
    if (exited) throw new Error('socat exited before making the pseudo-terminal pair (is socat installed?)');
    if (Date.now() - started > 10_000) throw new Error('socat made no pseudo-terminal pair within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    desk,
    device,
    close: async () => {
      if (!exited) {
        const gone = new Promise((resolve) => socat.once('exit', resolve));
        socat.kill();
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
