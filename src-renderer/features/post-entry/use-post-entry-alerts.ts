import type { DeadlineRow, StatusMessageView } from '../../../src-shared/domain/post-entry';
import type { DeskError } from '../../app/desk-error';
import { useDeskQuery } from '../../app/desk-query';
import { useSeenMessages } from './seen-messages';

/** The most critical messages the desk looks through for unseen ones. */
const MESSAGE_LIMIT = 500;

export interface PostEntryAlerts {
  loading: boolean;
  error: DeskError | null;
  alertDays: number | undefined;
  /** deadlines within the alert days, not yet done */
  deadlines: DeadlineRow[];
  /** critical status messages this person has not seen yet, newest first */
  unread: StatusMessageView[];
  count: number;
  markSeen(ids: readonly number[]): void;
}

/**
 * What the badge counts and the queue starts from: deadlines within the alert days (the setting) and
 * critical status messages not seen yet. Kept current by main's post-entry:alert event (event-invalidation.ts).
 */
export function usePostEntryAlerts(username: string): PostEntryAlerts {
  const settings = useDeskQuery('post-entry:settings', {});
  const alertDays = settings.data?.alertDays;
  const deadlines = useDeskQuery('post-entry:deadlines', { within: alertDays }, { enabled: alertDays !== undefined });
  const messages = useDeskQuery('post-entry:messages', { criticalOnly: true, limit: MESSAGE_LIMIT });
  const { seen, markSeen } = useSeenMessages(username);
  const due = deadlines.data?.deadlines ?? [];
  const unread = (messages.data ?? []).filter((m) => !seen.has(m.id));
  return {
    loading: settings.isPending || deadlines.isPending || messages.isPending,
    error: settings.error ?? deadlines.error ?? messages.error ?? null,
    alertDays,
    deadlines: due,
    unread,
    count: due.length + unread.length,
    markSeen,
  };
}
