import { LLRP_PORT } from './llrp/llrp-constants';
import { RfidError } from './rfid-error';
import { DEFAULT_UHF_BAUD } from './uhf-serial-reader';

/** Where an RFID reader is: an LLRP reader on the network, or a UHF module on a serial port. */
export type RfidReaderAddress = { kind: 'llrp'; host: string; port: number } | { kind: 'serial'; path: string; baudRate: number; moduleAddress?: number };

export type RfidAddressCheck = { ok: true; address: RfidReaderAddress } | { ok: false; error: string };

const FORMS = 'llrp://HOST:PORT or serial:PATH?baud=115200';
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;
const BAUD_RATES = new Set([9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600]);

/** Checks an address without throwing, for settings forms. */
export function checkRfidReaderAddress(text: string): RfidAddressCheck {
  const trimmed = text.trim();
  const fail = (why: string): RfidAddressCheck => ({ ok: false, error: `RFID reader address '${trimmed}' ${why}` });
  const scheme = /^([a-z]+):/i.exec(trimmed)?.[1]?.toLowerCase();
  const rest = trimmed.slice((scheme?.length ?? 0) + 1);
  if (scheme === 'llrp') return llrpAddress(rest, fail);
  if (scheme === 'serial') return serialAddress(rest, fail);
  return fail(`is not ${FORMS}`);
}

/** The address, or an RfidError ('bad-address') saying what is wrong with it. */
export function parseRfidReaderAddress(text: string): RfidReaderAddress {
  const check = checkRfidReaderAddress(text);
  if (!check.ok) throw new RfidError('bad-address', check.error);
  return check.address;
}

/** The canonical text of an address (what settings store). */
export function formatRfidReaderAddress(address: RfidReaderAddress): string {
  if (address.kind === 'llrp') return `llrp://${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
  const query = [
    address.baudRate !== DEFAULT_UHF_BAUD ? `baud=${address.baudRate}` : '',
    address.moduleAddress !== undefined ? `address=${address.moduleAddress}` : '',
  ]
    .filter(Boolean)
    .join('&');
  return `serial:${address.path}${query ? `?${query}` : ''}`;
}

function llrpAddress(rest: string, fail: (why: string) => RfidAddressCheck): RfidAddressCheck {
  if (!rest.startsWith('//')) return fail(`is not ${FORMS}`);
  const authority = rest.slice(2);
  if (/[/?#]/.test(authority)) return fail('has a path or query after HOST:PORT; write llrp://HOST:PORT only');
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const host = match?.[1] ?? '';
  const portText = match?.[2];
  if (host === '') return fail('has no host: write llrp://HOST:PORT, e.g. llrp://192.168.1.60:5084');
  if (!HOSTNAME.test(host) && !IPV6.test(host)) return fail(`has a host name that is not valid ('${host}')`);
  let port = LLRP_PORT;
  if (portText !== undefined) {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 1 && port <= 65535)) return fail(`has port '${portText}', which is not a number from 1 to 65535`);
  }
  return { ok: true, address: { kind: 'llrp', host: host.startsWith('[') ? host.slice(1, -1) : host, port } };
}

function serialAddress(rest: string, fail: (why: string) => RfidAddressCheck): RfidAddressCheck {
  const [path = '', query] = rest.split('?', 2);
  if (path === '') return fail('has no port: write serial:/dev/ttyUSB0 or serial:COM3');
  const address: RfidReaderAddress = { kind: 'serial', path, baudRate: DEFAULT_UHF_BAUD };
  for (const pair of query ? query.split('&') : []) {
    const [key, value = ''] = pair.split('=', 2);
    if (key === 'baud') {
      const baud = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!BAUD_RATES.has(baud)) return fail(`has baud '${value}'; use one of ${[...BAUD_RATES].join(', ')}`);
      address.baudRate = baud;
    } else if (key === 'address') {
      const module = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      if (!(module >= 0 && module <= 255)) return fail(`has module address '${value}', which is not a number from 0 to 255`);
      address.moduleAddress = module;
    } else {
      return fail(`has '${pair}'; only baud=N and address=N may follow the '?'`);
    }
  }
  return { ok: true, address };
}
