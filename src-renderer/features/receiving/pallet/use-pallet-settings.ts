import { useEffect, useState } from 'react';
import type { DeskSettings } from '../../../../src-shared/schemas/desk-settings';
import { useDeskClient } from '../../../app/client-context';

/** What this desk can do with a pallet: issue SSCCs, print labels, write tags. */
export interface PalletCapabilities {
  sscc: boolean;
  printer: string;
  reader: string;
}

export function usePalletCapabilities(): PalletCapabilities | null {
  const client = useDeskClient();
  const [settings, setSettings] = useState<DeskSettings | null>(null);
  useEffect(() => {
    let live = true;
    void client.invoke('settings:get', {}).then((r) => live && r.ok && setSettings(r.value));
    return () => {
      live = false;
    };
  }, [client]);
  if (!settings) return null;
  return { sscc: settings['gs1.company-prefix'] !== '', printer: settings['labels.printer'], reader: settings['rfid.reader'] };
}
