import { describe, expect, it } from 'vitest';
import type { PostEntryAlert } from '../../src-shared/domain/post-entry';
import { alertNotifications } from '../../src-main/doors/electron/alert-notifications';

const hold: PostEntryAlert = {
  kind: 'critical-message',
  entryNumber: '316-1234567-3',
  title: 'Critical status on entry 316-1234567-3: CBP hold placed at the port of discharge',
  detail: 'Customs posted 1H …',
};
const deadline = (n: number): PostEntryAlert => ({ kind: 'deadline', entryNumber: `EAB-000452${n}-2`, title: `deadline ${n}`, detail: 'rule' });

describe('desktop notifications for post-entry alerts (the Electron app)', () => {
  it('says each alert, a critical message urgently, and a click opens the entry it is about', () => {
    expect(alertNotifications([hold, deadline(1)])).toEqual([
      { title: hold.title, body: hold.detail, urgency: 'critical', target: '/post-entry/entries/316-1234567-3' },
      { title: 'deadline 1', body: 'rule', urgency: 'normal', target: '/post-entry/entries/EAB-0004521-2' },
    ]);
  });

  it('shows a burst as its first two alerts and one "more" that opens the queue', () => {
    const shown = alertNotifications([hold, deadline(1), deadline(2), deadline(3), deadline(4)]);
    expect(shown.map((n) => [n.title, n.target])).toEqual([
      [hold.title, '/post-entry/entries/316-1234567-3'],
      ['deadline 1', '/post-entry/entries/EAB-0004521-2'],
      ['3 more post-entry alerts', '/post-entry'],
    ]);
    expect(alertNotifications([hold, deadline(1), deadline(2)])).toHaveLength(3);
  });
});
