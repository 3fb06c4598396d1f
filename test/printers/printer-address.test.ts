import { describe, expect, it } from 'vitest';
import { checkPrinterAddress, formatPrinterAddress, parsePrinterAddress } from '../../src-main/devices/printers/printer-address';
import { PrinterError } from '../../src-main/devices/printers/printer-error';
import { printerFromAddress } from '../../src-main/devices/printers/printer-from-address';

describe('printer addresses', () => {
  it('reads the four kinds, with the default TCP port and baud rate', () => {
    expect(parsePrinterAddress('tcp://192.168.1.50')).toEqual({ kind: 'tcp', host: '192.168.1.50', port: 9100 });
    expect(parsePrinterAddress('tcp://zebra-dock-3.local:6101')).toEqual({ kind: 'tcp', host: 'zebra-dock-3.local', port: 6101 });
    expect(parsePrinterAddress('tcp://[::1]:9100')).toEqual({ kind: 'tcp', host: '::1', port: 9100 });
    expect(parsePrinterAddress('serial:/dev/ttyUSB0')).toEqual({ kind: 'serial', path: '/dev/ttyUSB0', baudRate: 9600 });
    expect(parsePrinterAddress('serial:COM3?baud=115200')).toEqual({ kind: 'serial', path: 'COM3', baudRate: 115200 });
    expect(parsePrinterAddress('file:/dev/usb/lp0')).toEqual({ kind: 'file', path: '/dev/usb/lp0' });
    expect(parsePrinterAddress('file:///dev/usb/lp0')).toEqual({ kind: 'file', path: '/dev/usb/lp0' });
    expect(parsePrinterAddress('cups:Zebra_ZT410')).toEqual({ kind: 'cups', queue: 'Zebra_ZT410' });
    expect(parsePrinterAddress('  TCP://10.0.0.9:9100 ')).toEqual({ kind: 'tcp', host: '10.0.0.9', port: 9100 });
  });

  it('writes each address back in the form it reads', () => {
    for (const text of [
      'tcp://192.168.1.50:9100',
      'tcp://[fe80::1]:9100',
      'serial:/dev/ttyS0',
      'serial:/dev/ttyS0?baud=19200',
      'file:/dev/usb/lp0',
      'cups:dock',
    ]) {
      expect(formatPrinterAddress(parsePrinterAddress(text))).toBe(text);
    }
  });

  it('says what is wrong with an address it cannot use', () => {
    const error = (text: string) => {
      const check = checkPrinterAddress(text);
      return check.ok ? 'accepted' : check.error;
    };
    expect(error('lpt1')).toBe("printer address 'lpt1' is not tcp://HOST:PORT, serial:PATH, file:PATH or cups:QUEUE");
    expect(error('http://printer:9100')).toBe("printer address 'http://printer:9100' is not tcp://HOST:PORT, serial:PATH, file:PATH or cups:QUEUE");
    expect(error('tcp:printer:9100')).toContain('is not tcp://HOST:PORT');
    expect(error('tcp://:9100')).toContain('has no host');
    expect(error('tcp://printer:0')).toContain("port '0', which is not a number from 1 to 65535");
    expect(error('tcp://printer:70000')).toContain("port '70000'");
    expect(error('tcp://printer:http')).toContain("port 'http'");
    expect(error('tcp://printer:9100/labels')).toContain('has a path or query');
    expect(error('tcp://bad host:9100')).toContain("host name that is not valid ('bad host')");
    expect(error('serial:')).toContain('has no port');
    expect(error('serial:/dev/ttyS0?parity=even')).toContain("has option 'parity'; the only option is ?baud=9600");
    expect(error('serial:/dev/ttyS0?baud=fast')).toContain("has baud 'fast'");
    expect(error('file:')).toContain('has no path');
    expect(error('cups:')).toContain('has no queue name');
    expect(error('cups:dock printer')).toContain('queue name CUPS does not allow');
  });

  it('throws a PrinterError that is not worth retrying, from the parser and from printerFromAddress', () => {
    for (const attempt of [() => parsePrinterAddress('lpt1'), () => printerFromAddress('ipp://printer/ipp')]) {
      try {
        attempt();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(PrinterError);
        expect(error).toMatchObject({ code: 'bad-address', retryable: false, mayHavePrinted: false });
      }
    }
  });

  it('gives each address its transport, named by the canonical address', () => {
    expect(printerFromAddress('tcp://10.0.0.9').address).toBe('tcp://10.0.0.9:9100');
    expect(printerFromAddress('serial:/dev/ttyUSB0?baud=9600').address).toBe('serial:/dev/ttyUSB0');
    expect(printerFromAddress('file:///dev/usb/lp0').address).toBe('file:/dev/usb/lp0');
    expect(printerFromAddress({ kind: 'cups', queue: 'dock' }).address).toBe('cups:dock');
  });
});
