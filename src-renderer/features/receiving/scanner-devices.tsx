import { useEffect, useState } from 'react';
import type { ScannerStatus } from '../../../src-shared/domain/devices';
import { useDeskClient, useDeskEvent } from '../../app/client-context';

const WORDS: Record<ScannerStatus['state'], string> = { connected: 'ready', disconnected: 'unplugged', reconnecting: 'reconnecting…', error: 'not working' };

/** The desk's HID and serial scanners, one line each, kept current from main's devices:scanners events. */
export function ScannerDevices() {
  const client = useDeskClient();
  const [scanners, setScanners] = useState<ScannerStatus[]>([]);
  useEffect(() => {
    let live = true;
    void client.invoke('devices:scanners', {}).then((r) => live && r.ok && setScanners(r.value));
    return () => {
      live = false;
    };
  }, [client]);
  useDeskEvent('devices:scanners', setScanners);
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
