import { PrinterError } from './printer-error';

/** Where a label printer is: raw TCP (port 9100), a serial port, a device file, or a CUPS queue. */
export type PrinterAddress =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'file'; path: string }
  | { kind: 'cups'; queue: string };

export const DEFAULT_TCP_PORT = 9100;
/** Zebra printers leave the factory at 9600 baud, 8 data bits, no parity, 1 stop bit. */
export const DEFAULT_SERIAL_BAUD = 9600;

export type AddressCheck = { ok: true; address: PrinterAddress } | { ok: false; error: string };

const FORMS = 'tcp://HOST:PORT, serial:PATH, file:PATH or cups:QUEUE';
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;
// CUPS refuses queue names with spaces, slashes, '#' or quotes (lpadmin(8)).
const CUPS_QUEUE = /^[^\s/\\#'"]{1,127}$/;

/** Checks an address without throwing, for settings forms. */
export function checkPrinterAddress(text: string): AddressCheck {
  const trimmed = text.trim();
  const fail = (why: string): AddressCheck => ({ ok: false, error: `printer address '${trimmed}' ${why}` });
  const scheme = /^([a-z]+):/i.exec(trimmed)?.[1]?.toLowerCase();
  const rest = trimmed.slice((scheme?.length ?? 0) + 1);
  switch (scheme) {
    case 'tcp':
      return tcpAddress(rest, fail);
    case 'serial':
      return serialAddress(rest, fail);
    case 'file': {
      // file:///dev/usb/lp0 (URL style) names the same path as file:/dev/usb/lp0
      const path = rest.startsWith('///') ? rest.slice(2) : rest;
      return path === '' ? fail('has no path: write file:/dev/usb/lp0 or file:PATH') : { ok: true, address: { kind: 'file', path } };
    }
    case 'cups':
      if (rest === '') return fail('has no queue name: write cups:QUEUE (see `lpstat -p`)');
      return CUPS_QUEUE.test(rest)
        ? { ok: true, address: { kind: 'cups', queue: rest } }
        : fail(`has a queue name CUPS does not allow ('${rest}': no spaces, /, \\, # or quotes)`);
    default:
      return fail(`is not ${FORMS}`);
  }
}

/** The address, or a PrinterError ('bad-address', not retryable) saying what is wrong with it. */
export function parsePrinterAddress(text: string): PrinterAddress {
  const check = checkPrinterAddress(text);
  if (!check.ok) throw new PrinterError('bad-address', check.error, { retryable: false, mayHavePrinted: false });
  return check.address;
}

/** The canonical text of an address (what the settings and the print jobs store). */
export function formatPrinterAddress(address: PrinterAddress): string {
  switch (address.kind) {
    case 'tcp':
      return `tcp://${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
    case 'serial':
      return address.baudRate === DEFAULT_SERIAL_BAUD ? `serial:${address.path}` : `serial:${address.path}?baud=${address.baudRate}`;
    case 'file':
      return `file:${address.path}`;
    case 'cups':
      return `cups:${address.queue}`;
  }
}

function tcpAddress(rest: string, fail: (why: string) => AddressCheck): AddressCheck {
  if (!rest.startsWith('//')) return fail(`is not ${FORMS}`);
  const authority = rest.slice(2);
  if (/[/?#]/.test(authority)) return fail('has a path or query after HOST:PORT; write tcp://HOST:PORT only');
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const host = match?.[1] ?? '';
  const portText = match?.[2];
  if (host === '') return fail('has no host: write tcp://HOST:PORT, e.g. tcp://192.168.1.50:9100');
  if (!HOSTNAME.test(host) && !IPV6.test(host)) return fail(`has a host name that is not valid ('${host}')`);
  let port = DEFAULT_TCP_PORT;
  if (portText !== undefined) {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 1 && port <= 65535)) return fail(`has port '${portText}', which is not a number from 1 to 65535`);
  }
  return { ok: true, address: { kind: 'tcp', host: IPV6.test(host) ? host.slice(1, -1) : host, port } };
}

function serialAddress(rest: string, fail: (why: string) => AddressCheck): AddressCheck {
  const [path = '', query] = rest.split('?', 2);
  if (path === '') return fail('has no port: write serial:/dev/ttyUSB0 or serial:COM3');
  let baudRate = DEFAULT_SERIAL_BAUD;
  for (const pair of query === undefined ? [] : query.split('&')) {
    const [key, value = ''] = pair.split('=', 2);
    if (key !== 'baud') return fail(`has option '${key}'; the only option is ?baud=9600`);
    baudRate = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
    if (!(baudRate >= 50)) return fail(`has baud '${value}', which is not a baud rate such as 9600 or 115200`);
  }
  return { ok: true, address: { kind: 'serial', path, baudRate } };
}
