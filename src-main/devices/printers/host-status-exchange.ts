import type { PrinterStatus } from '../../../src-shared/domain/devices';
import type { Duplex } from 'node:stream';
import { systemErrorInWords } from '../system-error-words';
import { statusFromFaults } from './printer-transport';
import { bytesAsText, HOST_STATUS_REQUEST, hostStatusFaults, isCompleteHostStatusReply, parseHostStatusReply, type HostStatusParse } from './zpl-host-status';

/**
 * Writes `~HS` on an open link (a TCP socket, a serial port) and reads until the three strings have
 * arrived or `timeoutMs` passes. Never rejects: silence, a dropped link or a garbled reply is a fault.
 * Silence must be a fault: some firmware does not answer ~HS at all while media out, ribbon out or
 * head open (Zebra's ~HS notes).
 */
export function exchangeHostStatus(link: Duplex, timeoutMs: number): Promise<PrinterStatus> {
  return new Promise((resolve) => {
    let text = '';
    const finish = (status: PrinterStatus) => {
      clearTimeout(timer);
      link.off('data', onData).off('error', onError).off('close', onClose).off('end', onClose);
      resolve(status);
    };
    const fromReply = (parsed: HostStatusParse, suffix = '') =>
      parsed.ok
        ? {
            ...statusFromFaults(hostStatusFaults(parsed.status), { raw: text }),
            buffer: {
              formats: parsed.status.formatsInReceiveBuffer,
              labelsRemaining: parsed.status.labelsRemainingInBatch,
              partialFormat: parsed.status.partialFormatInProgress,
            },
          }
        : statusFromFaults([`${parsed.error}${suffix}`], { raw: text });
    const onData = (chunk: Uint8Array | string) => {
      text += bytesAsText(chunk);
      const parsed = parseHostStatusReply(text);
      // Stop at a whole reply, or at one that no further bytes can mend.
      if (isCompleteHostStatusReply(text) || (!parsed.ok && !parsed.incomplete)) finish(fromReply(parsed));
    };
    const onError = (error: unknown) =>
      finish(
        statusFromFaults(
          [`while the desk waited for the printer's status reply (~HS), ${systemErrorInWords(error, 'the printer')}`],
          text ? { raw: text } : {},
        ),
      );
    const onClose = () =>
      finish(text ? fromReply(parseHostStatusReply(text), ' (the printer hung up)') : statusFromFaults(['the printer hung up without answering ~HS']));
    const timer = setTimeout(
      () =>
        finish(text ? fromReply(parseHostStatusReply(text), ` (nothing more within ${timeoutMs} ms)`) : statusFromFaults([`no reply within ${timeoutMs} ms`])),
      timeoutMs,
    );
    link.on('data', onData).on('error', onError).on('close', onClose).on('end', onClose);
    link.write(HOST_STATUS_REQUEST, (error) => {
      if (error) onError(error);
    });
  });
}
