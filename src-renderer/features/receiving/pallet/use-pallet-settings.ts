import { useDeskQuery } from '../../../app/desk-query';

/** What this desk can do with a pallet: issue SSCCs, print labels, write tags. */
export interface PalletCapabilities {
  sscc: boolean;
  printer: string;
  reader: string;
}

export function usePalletCapabilities(): PalletCapabilities | null {
  const settings = useDeskQuery('settings:get', {}).data;
  if (!settings) return null;
  return { sscc: settings['gs1.company-prefix'] !== '', printer: settings['labels.printer'], reader: settings['rfid.reader'] };
}
