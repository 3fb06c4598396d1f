import { expect, test } from '@playwright/test';
import { open } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { DEMO, outcome, signIn, uniqueLot } from './desk';

const GS = '\u001d';

function deviceEnv(name: 'DESK_SCANNER_PTY' | 'DESK_LABELS_FILE'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the specs through playwright.config.ts (its global setup starts the devices)`);
  return value;
}

/** Plays the serial scanner: its exact bytes on the line (AIM identifier, GS separators, CR suffix). */
async function scanOnSerial(bytes: string): Promise<void> {
  const line = await open(deviceEnv('DESK_SCANNER_PTY'), 'r+');
  try {
    await line.write(Buffer.from(bytes, 'latin1'));
  } finally {
    await line.close();
  }
}

test('a serial scanner fills the receipt; confirming records it, prints the pallet label and writes its tag', async ({ page }) => {
  const lot = uniqueLot('SER');
  await signIn(page, DEMO.clerk);
  await expect(page.getByRole('list', { name: 'Scanners' })).toContainText('dock-serial (serial): ready');
  await page.getByRole('heading', { name: 'Receiving', level: 1 }).click();

  // GS1-128 from a supplier's pallet label: (02) GTIN of TSHIRT-COT-M, lot, (37) count 30 — GS1 allows (37) only with (02) —, the entry in AI 91.
  await scanOnSerial(`]C1` + `0200614141000012` + `10${lot}${GS}` + `3730${GS}` + `912024-000042` + '\r');
  await expect(page.getByRole('status').filter({ hasText: 'Scanned:' })).toContainText(
    `GTIN 00614141000012 → TSHIRT-COT-M · lot ${lot} · quantity 30 · entry 2024-000042`,
  );
  await expect(page.getByLabel('Entry number')).toHaveValue('2024-000042');
  await expect(page.getByLabel('SKU', { exact: true })).toHaveValue('TSHIRT-COT-M');
  await expect(page.getByLabel('Quantity')).toHaveValue('30');
  await expect(page.getByLabel('Print pallet label')).toBeChecked();
  await expect(page.getByLabel('Write RFID tag')).toBeChecked();

  await page.getByLabel('Location').selectOption('DB-CAGE-1');
  await page.getByLabel('Location').press('Enter');
  await expect(outcome(page)).toContainText(`lot ${lot}`);
  const pallet = page.getByRole('region', { name: /Pallet SSCC/ });
  // The demo's printer is a file: it takes the label but cannot say it printed, and the screen says so.
  await expect(pallet.locator('[data-step="label"]')).toContainText('Label — sent, not confirmed');
  await expect(pallet.locator('[data-step="label"]')).toContainText('which cannot report whether the label printed');
  await expect(pallet.locator('[data-step="tag"]')).toContainText('RFID tag — done');
  await expect(pallet.locator('[data-step="tag"]')).toContainText(/EPC [0-9A-F]{24}/);
  const sscc = /\(00\) (\d{18})/.exec((await pallet.getByRole('heading').textContent())!)![1]!;

  // The label went to the desk's printer: one ZPL format with this SSCC, the entry and the banner.
  const printed = () =>
    readFileSync(deviceEnv('DESK_LABELS_FILE'), 'utf8')
      .split('^XZ')
      .filter((format) => format.includes(sscc));
  expect(printed()).toHaveLength(1);
  expect(printed()[0]).toContain('2024-000042');

  // Printing it again takes a reason, and prints exactly once more.
  await pallet.getByRole('button', { name: 'Print label again' }).click();
  await expect(pallet.getByRole('alert')).toContainText('say why the label is printed again');
  await pallet.getByLabel('Reprint reason').fill('label torn at wrapping');
  await pallet.getByRole('button', { name: 'Print label again' }).click();
  await expect.poll(() => printed().length).toBe(2);

  // The pallet comes back to the dock: reading its tag finds it in the ledger and fills the form.
  await page.getByRole('button', { name: 'Clear form' }).click();
  await page.keyboard.press('Alt+G');
  await expect(page.getByRole('status').filter({ hasText: 'Tag' })).toContainText(`→ pallet (00) ${sscc} · TSHIRT-COT-M · lot ${lot} · entry 2024-000042`);
  await expect(page.getByLabel('Entry number')).toHaveValue('2024-000042');
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue(lot);
});

test('a garbled serial scan is refused on screen and fills nothing', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await expect(page.getByRole('list', { name: 'Scanners' })).toContainText('ready');
  await page.getByRole('heading', { name: 'Receiving', level: 1 }).click();
  await scanOnSerial(`]C1` + `0100614141000013` + `10LOT-X` + '\r'); // GTIN check digit wrong
  await expect(page.getByRole('status').filter({ hasText: 'Scanned' })).toContainText('not read');
  await expect(page.getByRole('status').filter({ hasText: 'Scanned' })).toContainText('wrong check digit');
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue('');
});
