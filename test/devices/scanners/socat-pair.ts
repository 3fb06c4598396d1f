import type { ChildProcess } from 'node:child_process';
import { open, type FileHandle } from 'node:fs/promises';
import { startSocat, stopSocat } from '../../helpers/pty-pair';

/**
 * A real kernel pseudo-terminal pair through socat (test/helpers/pty-pair.ts): the desk opens `deskEnd` as its serial port,
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
    this.socat = await startSocat(this.deskEnd, this.scannerEnd);
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
    if (socat) await stopSocat(socat);
  }
}
