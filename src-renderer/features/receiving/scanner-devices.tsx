import type { ScannerStatus } from '../../../src-shared/domain/devices';
import { useDeskQuery } from '../../app/desk-query';

const WORDS: Record<ScannerStatus['state'], string> = { connected: 'ready', disconnected: 'unplugged', reconnecting: 'reconnecting…', error: 'not working' };

/** The desk's HID and serial scanners, one line each, kept current by main's devices:scanners events. */
export function ScannerDevices() {
  const scanners = useDeskQuery('devices:scanners', {}).data ?? [];
  if (scanners.length === 0) return null;
  return (
    <ul className="scanner-devices" aria-label="Scanners">
      {scanners.map((s) => (
        <li key={s.id} className={`scanner-device scanner-device--${s.state}`} title={s.message}>
          {s.id} ({s.kind === 'hid' ? 'USB' : 'serial'}): {WORDS[s.state]}
          {s.state !== 'connected' && s.message ? ` — ${s.message}` : ''}
        </li>
      ))}
    </ul>
  );
}
