import { useState } from 'react';
import type { Item, Location } from '../../../src-shared/domain/ledger';
import { useDeskClient, useDeskEvent } from '../../app/client-context';
import { isDraftField, type DraftTextField, type ReceiptDraft } from './receipt-draft';
import { describeScan, isGtinLike, readReceiptScan, sameGtin, type ReceiptScan } from '../../../src-shared/scanning/receipt-scan';
import type { ScanEvent } from '../../../src-shared/scanning/scan-event';
import { useWedgeScanner, type WedgeScan } from './scanner/use-wedge-scanner';

export interface ScanFeedback {
  text: string;
  tone: 'ok' | 'problem';
}

interface ScannerTarget {
  patch(update: Partial<ReceiptDraft>): void;
  locations: Location[];
  /** moves the cursor on after a scan, to the first field the scan left empty */
  focusNext(after: DraftTextField | null, filled: Partial<ReceiptDraft>): void;
}

/**
 * Routes scans on the receiving screen — keyboard-wedge ones typed into this window, and HID or
 * serial ones main reads (devices:scan): a GS1 element string fills entry, SKU (by
 * GTIN), lot and quantity; a plain code goes into the field that had focus.
 */
export function useReceiptScanner({ patch, locations, focusNext }: ScannerTarget): { feedback: ScanFeedback | null; onScanEvent: (event: ScanEvent) => void } {
  const client = useDeskClient();
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);

  async function itemByGtin(gtin: string): Promise<Item | undefined> {
    const result = await client.invoke('items:list', { query: gtin.replace(/^0+/, '') });
    return result.ok ? result.value.find((i) => i.gtin !== null && sameGtin(i.gtin, gtin)) : undefined;
  }

  async function plainCode(field: DraftTextField, code: string) {
    if (field === 'sku' && isGtinLike(code)) {
      const item = await itemByGtin(code);
      if (item) patch({ sku: item.sku, uom: item.uom });
      setFeedback(item ? { text: `Scanned: GTIN ${code} → ${item.sku}`, tone: 'ok' } : { text: `Scanned: ${code} — no item has this GTIN`, tone: 'problem' });
      return;
    }
    if (field === 'locationCode' && !locations.some((l) => l.code === code.toUpperCase())) {
      setFeedback({ text: `Scanned: ${code} — there is no bin with this code`, tone: 'problem' });
      return;
    }
    patch({ [field]: field === 'locationCode' || field === 'entryNumber' ? code.toUpperCase() : code });
    setFeedback({ text: `Scanned: ${code}`, tone: 'ok' });
  }

  function onScan({ text, origin }: WedgeScan): boolean {
    return route(readReceiptScan(text), origin);
  }

  function route(scan: ReceiptScan, origin: WedgeScan['origin']): boolean {
    const field = isDraftField(origin.name) ? origin.name : null;
    if (scan.kind === 'plain') {
      // Typed fast into another form (e.g. a password manager filling the approval panel): leave it be.
      if (origin.name !== null && !field) return false;
      if (!field) {
        setFeedback({ text: `Scanned: ${scan.code} — put the cursor in the field it belongs to and scan again`, tone: 'problem' });
        return true;
      }
      void plainCode(field, scan.code);
      focusNext(field, { [field]: scan.code });
      return true;
    }
    if (field) patch({ [field]: origin.valueBefore }); // undo what the scanner typed into the field
    if (scan.kind === 'unreadable') {
      setFeedback({ text: `Scanned: ${describeScan(scan)}`, tone: 'problem' });
      return true;
    }
    const filled: Partial<ReceiptDraft> = {};
    if (scan.entryNumber) filled.entryNumber = scan.entryNumber;
    if (scan.lotCode) filled.lotCode = scan.lotCode;
    if (scan.quantity !== undefined) filled.quantity = String(scan.quantity);
    patch(filled);
    setFeedback({ text: `Scanned: ${describeScan(scan)}`, tone: 'ok' });
    if (scan.gtin) {
      const gtin = scan.gtin;
      void itemByGtin(gtin).then((item) => {
        if (item) patch({ sku: item.sku, uom: item.uom });
        setFeedback({ text: `Scanned: ${describeScan(scan, item?.sku)}${item ? '' : ' — no item has this GTIN'}`, tone: item ? 'ok' : 'problem' });
      });
    }
    focusNext(null, { ...filled, ...(scan.gtin ? { sku: scan.gtin } : {}) });
    return true;
  }

  useWedgeScanner(onScan);
  // A device or camera scan lands where the clerk is, like a wedge scan: a plain code in the focused field.
  function onScanEvent(event: ScanEvent): void {
    if (event.kind === 'rejected') {
      setFeedback({ text: `Scanned on ${event.deviceId}: not read — ${event.reason}`, tone: 'problem' });
      return;
    }
    const focused = document.activeElement;
    const name = focused instanceof HTMLInputElement || focused instanceof HTMLSelectElement ? focused.name : null;
    route(event.receipt, { name: name || null, valueBefore: focused instanceof HTMLInputElement ? focused.value : '' });
  }
  useDeskEvent('devices:scan', onScanEvent);
  // A tag read (Read tag): the pallet the ledger links it to fills entry, SKU and lot.
  useDeskEvent('devices:tag-read', (result) => {
    if (result.error) return setFeedback({ text: `Tag not read: ${result.error}`, tone: 'problem' });
    const known = result.reads.filter((r) => r.pallet);
    if (result.reads.length > 1 && known.length !== 1)
      return setFeedback({ text: `Read ${result.reads.length} tags: hold one pallet's tag to the reader`, tone: 'problem' });
    const read = known[0] ?? result.reads[0]!;
    if (!read.pallet) {
      const what = read.sscc ? `carries SSCC ${read.sscc}, which is not a pallet of this desk` : 'carries no SSCC';
      return setFeedback({ text: `Tag ${read.epc} ${what}`, tone: 'problem' });
    }
    const { pallet } = read;
    patch({ entryNumber: pallet.entryNumber, sku: pallet.sku, lotCode: pallet.lotCode });
    setFeedback({ text: `Tag ${read.epc} → pallet (00) ${pallet.sscc} · ${pallet.sku} · lot ${pallet.lotCode} · entry ${pallet.entryNumber}`, tone: 'ok' });
    focusNext(null, { entryNumber: pallet.entryNumber, sku: pallet.sku, lotCode: pallet.lotCode });
  });
  return { feedback, onScanEvent };
}
