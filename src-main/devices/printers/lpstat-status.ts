import type { PrinterStatus } from '../../../src-shared/domain/devices';
import { statusFromFaults } from './printer-transport';

const QUEUE_ONLY_NOTE = 'CUPS reports its queue, not the printer: an enabled queue may still feed a printer that is out of paper';

/**
 * Reads `lpstat -p QUEUE` (run with LC_ALL=C), e.g.
 *   printer zebra is idle.  enabled since Tue 01 Dec 2026 09:00:00 AM UTC
 *   printer zebra disabled since Tue 01 Dec 2026 09:00:00 AM UTC -
 *   \tPaused
 * A disabled queue holds jobs; the indented lines after it say why.
 */
export function parseLpstatPrinter(output: string, queue: string): PrinterStatus {
  const lines = output.split(/\r?\n/);
  const at = lines.findIndex((line) => line.startsWith(`printer ${queue} `));
  if (at < 0) return statusFromFaults([`lpstat does not list the CUPS queue '${queue}'`], { raw: output });
  const headline = lines[at]!;
  if (!/ disabled since /.test(headline) && !headline.endsWith(' disabled')) return statusFromFaults([], { raw: output, note: QUEUE_ONLY_NOTE });
  const reasons: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!/^\s/.test(line)) break;
    if (line.trim() !== '') reasons.push(line.trim());
  }
  return statusFromFaults([`CUPS queue ${queue} is disabled: ${reasons.join('; ') || 'no reason given'}`], { raw: output });
}
