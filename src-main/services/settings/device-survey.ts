import type { DeviceSurvey, ScannerList } from '../../../src-shared/domain/devices';
import type { PrinterTransport } from '../../devices/printers/printer-transport';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { readSettings } from './settings-service';

/** A transport to a printer address: the composition root's, so tests and the print queue share it. */
export type PrinterFor = (address: string) => PrinterTransport;

/** What the survey needs of the machine: the scanners it can find, and a transport to a printer address. */
export interface SurveyDevices {
  listScanners(): Promise<ScannerList>;
  printerFor: PrinterFor;
}

/**
 * `devices list`: the scanners found on the desk's machine, the label printer the labels.printer
 * setting names asked how it is (a status never rejects: a silent printer is a fault), and the
 * scanners and RFID reader the settings name. Reads settings only; writes nothing.
 */
export async function surveyDevices(db: Sqlite, devices: SurveyDevices, input: { timeoutMs: number }): Promise<DeviceSurvey> {
  const settings = readSettings(db);
  const scanners = await devices.listScanners();
  let printer: DeviceSurvey['printer'] = null;
  if (settings['labels.printer']) {
    const transport = devices.printerFor(settings['labels.printer']);
    try {
      printer = { address: transport.address, status: await transport.status({ timeoutMs: input.timeoutMs }) };
    } finally {
      await transport.close();
    }
  }
  return {
    scanners: scanners.devices,
    notes: scanners.notes,
    configuredScanners: JSON.parse(settings.scanners || '[]') as unknown[],
    printer,
    rfidReader: settings['rfid.reader'] || null,
  };
}
