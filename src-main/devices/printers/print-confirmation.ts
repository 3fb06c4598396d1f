import type { PrinterStatus } from '../../../src-shared/domain/devices';
import type { Duplex } from 'node:stream';
import { exchangeHostStatus } from './host-status-exchange';
import { DEFAULT_CONFIRM_TIMEOUT_MS, DEFAULT_STATUS_TIMEOUT_MS, type SendResult } from './printer-transport';

const POLL_MS = 250;

/**
 * After a label's bytes, asks the printer `~HS` on the same link until it reports the label done.
 * On the same link, so the request comes after the label in the byte stream: a ZPL printer reads
 * its input in order, so by the time it answers, the format is in its receive buffer or already
 * printed (a request on a second connection could overtake the label and find an empty buffer).
 *
 * Done means the ~HS reply's "formats in receive buffer" (string 1, field eee) and "labels
 * remaining in batch" (string 2, field uuuuuuuu) are both 0 and no format is partly received (ZPL
 * II Programming Guide, ~HS; the same fields as numberOfFormatsInReceiveBuffer and
 * labelsRemainingInBatch in Zebra's Link-OS SDK PrinterStatus). A printer that does not answer, or
 * holds the label behind a fault (paper out, head open, paused: it prints once that is fixed), or
 * is still printing when `confirmTimeoutMs` runs out, gives "sent, not confirmed" with the reason.
 */
export async function confirmOnLink(
  link: Duplex,
  options: { statusTimeoutMs?: number; confirmTimeoutMs?: number; now?: () => number } = {},
): Promise<SendResult> {
  const now = options.now ?? (() => performance.now());
  const statusTimeoutMs = options.statusTimeoutMs ?? DEFAULT_STATUS_TIMEOUT_MS;
  const deadline = now() + (options.confirmTimeoutMs ?? DEFAULT_CONFIRM_TIMEOUT_MS);
  for (;;) {
    const status = await exchangeHostStatus(link, statusTimeoutMs);
    const verdict = judge(status);
    if (verdict !== 'printing') return verdict;
    if (now() + POLL_MS > deadline) {
      const held = status.buffer!;
      return {
        confirmed: false,
        why: `the printer took the label but still reports ${held.formats} format${held.formats === 1 ? '' : 's'} in its buffer and ${held.labelsRemaining} label${held.labelsRemaining === 1 ? '' : 's'} left to print after ${Math.round((options.confirmTimeoutMs ?? DEFAULT_CONFIRM_TIMEOUT_MS) / 1000)} s`,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function judge(status: PrinterStatus): SendResult | 'printing' {
  const { buffer } = status;
  if (!buffer) return { confirmed: false, why: `the printer took the bytes but did not confirm the label: ${status.faults.join(', ')}` };
  const pending = buffer.formats > 0 || buffer.labelsRemaining > 0 || buffer.partialFormat;
  if (!pending) return { confirmed: true, how: 'the printer reports nothing left to print' };
  if (status.faults.length > 0) return { confirmed: false, why: `the printer holds the label (${status.faults.join(', ')}); it prints once that is fixed` };
  return 'printing';
}
