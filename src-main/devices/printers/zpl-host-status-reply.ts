import type { ZplHostStatus } from './zpl-host-status';

/**
 * The bytes a Zebra printer sends for `~HS`, with the field widths of the ZPL II Programming Guide
 * (aaa, dddd, eee, uuuuuuuu, www zero-padded). The simulated printer answers with these, so the
 * desk's parser reads the same bytes it would read from a real printer.
 */
export function encodeHostStatusReply(status: ZplHostStatus): Uint8Array {
  const flag = (value: boolean) => (value ? '1' : '0');
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const one = [
    pad(status.communicationSettings, 3),
    flag(status.paperOut),
    flag(status.paused),
    pad(status.labelLengthDots, 4),
    pad(status.formatsInReceiveBuffer, 3),
    flag(status.receiveBufferFull),
    flag(status.communicationsDiagnosticMode),
    flag(status.partialFormatInProgress),
    '000',
    flag(status.corruptRam),
    flag(status.underTemperature),
    flag(status.overTemperature),
  ];
  const two = [
    pad(status.functionSettings, 3),
    '0',
    flag(status.headUp),
    flag(status.ribbonOut),
    flag(status.thermalTransferMode),
    status.printMode,
    String(status.printWidthMode),
    flag(status.labelWaiting),
    pad(status.labelsRemainingInBatch, 8),
    flag(status.formatWhilePrinting),
    pad(status.graphicImagesStored, 3),
  ];
  const three = [status.password.padStart(4, '0'), String(status.staticRamFlag)];
  const text = [one, two, three].map((fields) => `\x02${fields.join(',')}\x03\r\n`).join('');
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

/**
 * A 4x6 in label at 203 dpi, thermal transfer, tear-off, 9600 baud 8N1 (communication settings
 * 030 = binary 000011110: 8 data bits, 1 stop bit, parity off, Xon/Xoff, 9600).
 */
export const IDLE_PRINTER_STATUS: ZplHostStatus = {
  communicationSettings: 30,
  paperOut: false,
  paused: false,
  labelLengthDots: 1218,
  formatsInReceiveBuffer: 0,
  receiveBufferFull: false,
  communicationsDiagnosticMode: false,
  partialFormatInProgress: false,
  corruptRam: false,
  underTemperature: false,
  overTemperature: false,
  functionSettings: 1,
  headUp: false,
  ribbonOut: false,
  thermalTransferMode: true,
  printMode: '2',
  printWidthMode: 6,
  labelWaiting: false,
  labelsRemainingInBatch: 0,
  formatWhilePrinting: true,
  graphicImagesStored: 0,
  password: '1234',
  staticRamFlag: 0,
};
