import { isoDate } from '../../../src-shared/post-entry/calendar-date';
import { lastImportBatchId } from '../../ledger/repos/import-batches-repo';
import type { ServiceContext } from '../service-context';
import { DeadlineWindow, messageMark, newCriticalMessageAlerts } from './post-entry-alerts';

/** How often the app and browser mode look for another process's import (the CLI's): cheap reads of two row ids. */
const EVERY_MS = 1_000;

/**
 * For the app and browser mode (never the CLI): pushes `post-entry:alert` when a critical status
 * message arrives or a deadline comes within the alert days. Post-entry files are imported by the
 * command line, another process whose events never reach this one's windows, so the watcher looks at
 * the ledger itself: the newest message id (new critical messages) and the newest import (deadlines
 * move with filings, statements, liquidations), and the day turning (deadlines come nearer).
 */
export class PostEntryAlertWatch {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly window: DeadlineWindow;
  /** the newest import whose deadlines were looked at, and the newest one seen */
  private lookedAtImport = 0;
  private seenImport = 0;
  private day = '';

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: (message: string, error?: unknown) => void,
  ) {
    this.window = new DeadlineWindow(ctx);
  }

  start(): void {
    if (this.timer) return;
    messageMark(this.ctx.db); // messages already in the ledger are no news
    this.look();
    this.timer = setInterval(() => this.look(), EVERY_MS);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One look; a ledger busy with another process's write is looked at again next time. */
  look(): void {
    try {
      const alerts = newCriticalMessageAlerts(this.ctx.db);
      const imported = lastImportBatchId(this.ctx.db);
      const today = isoDate(this.ctx.clock.now());
      // Deadlines are worked out for every entry (seconds on a large ledger, on the app's main thread):
      // while another process is still importing file after file, wait until a look finds no newer file.
      const settled = imported === this.seenImport;
      this.seenImport = imported;
      if ((imported !== this.lookedAtImport && settled) || today !== this.day) {
        this.lookedAtImport = imported;
        this.day = today;
        alerts.push(...this.window.entered());
      }
      if (alerts.length > 0) this.ctx.emit('post-entry:alert', { alerts });
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') return;
      this.log('looking for post-entry alerts failed', error);
    }
  }
}
