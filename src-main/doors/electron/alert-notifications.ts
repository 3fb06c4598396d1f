import type { PostEntryAlert } from '../../../src-shared/domain/post-entry';

/** What one desktop notification says, and the address a click opens. */
export interface AlertNotification {
  title: string;
  body: string;
  urgency: 'critical' | 'normal';
  /** the hash route the window opens on a click: the entry, or the queue */
  target: string;
}

/** More alerts than this at once show as the first two and one "N more" (a burst must not bury the desktop). */
const MOST = 3;

/**
 * The desktop notifications for a push of post-entry alerts: a critical status message is urgent,
 * a deadline is not; a click opens the entry the alert is about, or the queue.
 */
export function alertNotifications(alerts: readonly PostEntryAlert[]): AlertNotification[] {
  const shown: PostEntryAlert[] =
    alerts.length > MOST
      ? [
          ...alerts.slice(0, MOST - 1),
          { kind: 'deadline', entryNumber: null, title: `${alerts.length - (MOST - 1)} more post-entry alerts`, detail: 'See the post-entry queue.' },
        ]
      : [...alerts];
  return shown.map((alert) => ({
    title: alert.title,
    body: alert.detail,
    urgency: alert.kind === 'critical-message' ? 'critical' : 'normal',
    target: alert.entryNumber ? `/post-entry/entries/${encodeURIComponent(alert.entryNumber)}` : '/post-entry',
  }));
}
