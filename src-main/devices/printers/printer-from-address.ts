import { CupsPrinter, type CupsPrinterOptions } from './cups-printer';
import { FilePrinter } from './file-printer';
import { parsePrinterAddress, type PrinterAddress } from './printer-address';
import type { PrinterTransport } from './printer-transport';
import { SerialPrinter } from './serial-printer';
import { TcpPrinter, type TcpPrinterOptions } from './tcp-printer';

export interface PrinterOptions {
  tcp?: TcpPrinterOptions;
  cups?: CupsPrinterOptions;
}

/** The transport for an address; throws PrinterError 'bad-address' (not retryable) for a bad one. */
export function printerFromAddress(address: string | PrinterAddress, options: PrinterOptions = {}): PrinterTransport {
  const parsed = typeof address === 'string' ? parsePrinterAddress(address) : address;
  switch (parsed.kind) {
    case 'tcp':
      return new TcpPrinter(parsed.host, parsed.port, options.tcp);
    case 'serial':
      return new SerialPrinter(parsed.path, parsed.baudRate);
    case 'file':
      return new FilePrinter(parsed.path);
    case 'cups':
      return new CupsPrinter(parsed.queue, options.cups);
  }
}
