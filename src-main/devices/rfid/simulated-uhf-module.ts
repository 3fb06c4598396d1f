import type { Duplex } from 'node:stream';
import { SerialPort } from 'serialport';
import { gen2Crc16, pcWordFor } from './gen2-crc16';
import { SimulatedTagField, type SimulatedTag, type SimulatedTagOptions, type TagWriteOutcome } from './simulated-tag-field';
import { R2000_COMMAND, R2000_ERROR, R2000_SUCCESS, rssiByteOf } from './uhf-serial/r2000-commands';
import { encodeR2000Frame, type R2000Frame, R2000FrameSplitter, type R2000LineError } from './uhf-serial/r2000-frame';

/** how the next reply goes wrong on the line: noise before it, a wrong check byte, or cut short */
export type LineDamage = 'noise' | 'bad-checksum' | 'truncated';

export interface SimulatedUhfModuleOptions {
  baudRate?: number;
  /** the module's own address, which it puts in its replies (default 0x01) */
  address?: number;
}

const WRITE_ERROR_OF: Record<Exclude<TagWriteOutcome, 'written' | 'no-response'>, number> = {
  locked: R2000_ERROR.accessOrPasswordError,
  overrun: R2000_ERROR.tagWriteError,
  unsupported: R2000_ERROR.tagWriteError,
};

/**
 * An R2000-based UHF module on a serial line (one end of a pseudo-terminal pair): answers
 * cmd_real_time_inventory with a frame per tag in its field and the round's end, keeps the
 * cmd_set_access_epc_match selection, and applies cmd_write to the selected tag's EPC memory.
 */
export class SimulatedUhfModule {
  /** every well-formed frame the host sent, in order */
  readonly received: R2000Frame[] = [];
  /** damaged bytes the host sent */
  readonly lineErrors: R2000LineError[] = [];
  private readonly field = new SimulatedTagField();
  private readonly splitter = new R2000FrameSplitter();
  private readonly address: number;
  private selectedEpc: string | undefined;
  private damage: LineDamage | undefined;
  private readCount = 0;

  constructor(
    private readonly port: Duplex,
    options: SimulatedUhfModuleOptions = {},
  ) {
    this.address = options.address ?? 0x01;
    port.on('data', (chunk: Buffer) => this.receive(chunk));
    port.on('error', () => undefined);
  }

  static async open(path: string, options: SimulatedUhfModuleOptions = {}): Promise<SimulatedUhfModule> {
    const port = new SerialPort({ path, baudRate: options.baudRate ?? 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    return new SimulatedUhfModule(port, options);
  }

  placeTag(epcHex: string, options: SimulatedTagOptions = {}): void {
    this.field.place(epcHex, options);
  }

  removeTag(epcHex: string): void {
    this.field.remove(epcHex);
  }

  tagsInField(): string[] {
    return this.field.list().map((t) => t.epc);
  }

  /** sends bytes as they are (to test how the desk copes with noise or damaged frames) */
  sendRaw(bytes: Uint8Array): void {
    this.port.write(bytes);
  }

  /** damages the next reply frame the way a bad cable or a wrong baud rate would */
  damageNextReply(damage: LineDamage): void {
    this.damage = damage;
  }

  async close(): Promise<void> {
    const port = this.port;
    if (port instanceof SerialPort) {
      if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    } else {
      port.destroy();
    }
  }

  private reply(command: number, data: Uint8Array | number[]): void {
    const frame = encodeR2000Frame({ address: this.address, command, data: Buffer.from(data) });
    const damage = this.damage;
    this.damage = undefined;
    if (damage === 'noise') this.port.write(Buffer.concat([Buffer.from([0x13, 0x37, 0xff, 0x00]), frame]));
    else if (damage === 'bad-checksum') this.port.write(Buffer.concat([frame.subarray(0, -1), Buffer.from([frame[frame.length - 1]! ^ 0x5a])]));
    else if (damage === 'truncated') this.port.write(frame.subarray(0, Math.ceil(frame.length / 2)));
    else this.port.write(frame);
  }

  private receive(chunk: Buffer): void {
    for (const event of this.splitter.push(chunk)) {
      if (!event.ok) {
        this.lineErrors.push(event.error); // a module ignores what it cannot read
        continue;
      }
      this.received.push(event.frame);
      this.handle(event.frame);
    }
  }

  private handle(frame: R2000Frame): void {
    switch (frame.command) {
      case R2000_COMMAND.realTimeInventory:
        return this.inventoryRound();
      case R2000_COMMAND.setAccessEpcMatch:
        return this.setMatch(frame.data);
      case R2000_COMMAND.write:
        return this.write(frame.data);
      default:
        return this.reply(frame.command, [R2000_ERROR.commandFail]);
    }
  }

  private inventoryRound(): void {
    for (const tag of this.field.list()) {
      const epc = Buffer.from(tag.epc, 'hex');
      const pc = pcWordFor(epc.length / 2);
      this.reply(
        R2000_COMMAND.realTimeInventory,
        Buffer.concat([Buffer.from([((3 << 2) | ((tag.antennaId - 1) & 3)) & 0xff, pc >> 8, pc & 0xff]), epc, Buffer.from([rssiByteOf(tag.peakRssiDbm)])]),
      );
      this.readCount += 1;
    }
    const end = Buffer.alloc(7);
    end.writeUInt8(0, 0);
    end.writeUInt16BE(this.field.list().length * 10, 1);
    end.writeUInt32BE(this.readCount, 3);
    this.reply(R2000_COMMAND.realTimeInventory, end);
  }

  private setMatch(data: Buffer): void {
    if (data[0] === 0x01) {
      this.selectedEpc = undefined;
      return this.reply(R2000_COMMAND.setAccessEpcMatch, [R2000_SUCCESS]);
    }
    const length = data[1] ?? -1;
    if (data[0] !== 0x00 || length !== data.length - 2) return this.reply(R2000_COMMAND.setAccessEpcMatch, [R2000_ERROR.epcMatchModeInvalid]);
    this.selectedEpc = data.subarray(2).toString('hex').toUpperCase();
    this.reply(R2000_COMMAND.setAccessEpcMatch, [R2000_SUCCESS]);
  }

  private write(data: Buffer): void {
    if (data.length < 7 || data.length !== 7 + data[6]! * 2) return this.reply(R2000_COMMAND.write, [0x41]);
    const tag = this.field.list().find((t) => this.selectedEpc === undefined || t.epc === this.selectedEpc);
    if (!tag) return this.reply(R2000_COMMAND.write, [R2000_ERROR.noTag]);
    const before = tag.epc;
    const outcome = this.field.write(tag, data[4]!, data[5]!, data.subarray(7).toString('hex'));
    if (outcome === 'no-response') return this.reply(R2000_COMMAND.write, [R2000_ERROR.noRn16FromTag]);
    const errorCode = outcome === 'written' ? R2000_SUCCESS : WRITE_ERROR_OF[outcome];
    this.reply(R2000_COMMAND.write, writeReply(tag, before, errorCode));
  }
}

/** TagCount (2), DataLen, PC + EPC (as singulated, before the write) + CRC, ErrCode, AntID, WriteCount */
function writeReply(tag: SimulatedTag, epcHex: string, errorCode: number): Buffer {
  const epc = Buffer.from(epcHex, 'hex');
  const pc = pcWordFor(epc.length / 2);
  const pcAndEpc = Buffer.concat([Buffer.from([pc >> 8, pc & 0xff]), epc]);
  const crc = gen2Crc16(pcAndEpc);
  const tagData = Buffer.concat([pcAndEpc, Buffer.from([crc >> 8, crc & 0xff])]);
  return Buffer.concat([Buffer.from([0x00, 0x01, tagData.length]), tagData, Buffer.from([errorCode, (tag.antennaId - 1) & 3, 1])]);
}
