import { spawn, type ChildProcess } from 'node:child_process';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * A real kernel pseudo-terminal pair through socat: the desk opens `deskEnd` as its serial port,
 * the test plays the scanner on `scannerEnd` and writes the bytes a scanner puts on the line.
 * `stop` pulls the cable (socat exits and removes both links); `start` again plugs it back in
 * under the same paths.
 */
export class SocatPair {
  readonly scannerEnd: string;
  readonly deskEnd: string;
  private socat: ChildProcess | null = null;
  private scanner: FileHandle | null = null;

  constructor(dir: string) {
    this.scannerEnd = `${dir}/scanner`;
    this.deskEnd = `${dir}/desk`;
  }

  async start(): Promise<void> {
    const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${this.scannerEnd}`, `pty,raw,echo=0,link=${this.deskEnd}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.socat = socat;
    await new Promise<void>((resolve, reject) => {
      let log = '';
      socat.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('starting data transfer loop')) resolve();
      });
      socat.once('error', reject);
      socat.once('exit', (code) => reject(new Error(`socat exited (${code}) before both ends were ready: ${log}`)));
    });
    this.scanner = await open(this.scannerEnd, 'r+');
  }

  /** Bytes exactly as the scanner sends them. */
  async send(bytes: string | Uint8Array): Promise<void> {
    await this.scanner!.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  }

  async stop(): Promise<void> {
    const socat = this.socat;
    this.socat = null;
    await this.scanner?.close().catch(() => undefined);
    this.scanner = null;
    if (!socat || socat.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      socat.once('exit', () => resolve());
      socat.kill('SIGTERM');
    });
  }
}
