import { LlrpReader, type LlrpTimeouts } from './llrp-reader';
import { parseRfidReaderAddress } from './rfid-reader-address';
import type { RfidReader, TagRead, WriteEpcRequest } from './rfid-reader';
import { UhfSerialReader, type UhfSerialOptions } from './uhf-serial-reader';

export interface RfidReaderFactoryOptions {
  llrp?: LlrpTimeouts;
  serial?: Omit<UhfSerialOptions, 'baudRate' | 'address'>;
}

type OpenReader = RfidReader & { readonly isOpen: boolean };

/**
 * The reader at an address ('llrp://HOST:PORT' or 'serial:PATH?baud=115200'). It connects on first
 * use and again after the connection drops, so it can be made ahead of time. A bad address throws
 * an RfidError ('bad-address') at once.
 */
export function rfidReaderFromAddress(text: string, options: RfidReaderFactoryOptions = {}): RfidReader {
  const address = parseRfidReaderAddress(text);
  if (address.kind === 'llrp') return new OnDemandReader(() => LlrpReader.connect(address.host, address.port, options.llrp));
  return new OnDemandReader(() =>
    UhfSerialReader.open(address.path, {
      ...options.serial,
      baudRate: address.baudRate,
      ...(address.moduleAddress !== undefined ? { address: address.moduleAddress } : {}),
    }),
  );
}

class OnDemandReader implements RfidReader {
  private current: Promise<OpenReader> | undefined;

  constructor(private readonly open: () => Promise<OpenReader>) {}

  inventory(durationMs: number): Promise<TagRead[]> {
    return this.reader().then((reader) => reader.inventory(durationMs));
  }

  writeEpc(request: WriteEpcRequest): Promise<void> {
    return this.reader().then((reader) => reader.writeEpc(request));
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    const reader = await current?.catch(() => undefined);
    await reader?.close();
  }

  private async reader(): Promise<OpenReader> {
    if (this.current) {
      const reader = await this.current.catch(() => undefined);
      if (reader?.isOpen) return reader;
    }
    this.current = this.open();
    return this.current;
  }
}
