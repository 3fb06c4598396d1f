import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, outcome, receivePallet, signIn, uniqueLot } from './desk';

// The receiving desk at the size of a dock laptop: the form and what the last receipts did side by side.
test.use({ viewport: { width: 1366, height: 768 } });

const cli = resolve(import.meta.dirname, '..', '..', 'bin', 'drawback-desk.mjs');

/** Changes a setting of the running desk's ledger the way a supervisor would at the terminal. */
function setSetting(key: string, value: string): void {
  const db = process.env.DESK_DB;
  if (!db) throw new Error('DESK_DB is not set: run the specs through playwright.config.ts');
  const result = spawnSync(process.execPath, [cli, 'settings', 'set', key, value, '--db', db], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`settings set ${key} failed:\n${result.stdout}\n${result.stderr}`);
}

const recent = (page: Page) => page.getByRole('list', { name: 'Your last receipts' });
const recentRow = (page: Page, lot: string) =>
  recent(page)
    .getByRole('listitem')
    .filter({ hasText: `lot ${lot}` });

/** The element is wholly inside the window: seen without scrolling. */
async function expectInView(page: Page, what: ReturnType<Page['locator']>) {
  const box = await what.boundingBox();
  expect(box, 'on screen').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test('the last receipts stay beside the form at 1366×768 and are still there after a reload', async ({ page }, testInfo) => {
  const lot = uniqueLot('RCT');
  await signIn(page, DEMO.clerk);
  await receivePallet(page, { entry: '2024-000042', sku: 'TSHIRT-COT-M', lot, quantity: '1200', location: 'A-01-01' });
  await expect(outcome(page)).toContainText('1,200 EA');
  const row = recentRow(page, lot);
  await expect(row).toContainText('received');
  await expect(row).toContainText('1,200 EA');
  await expect(row).toContainText('entry 2024-000042 line 1 → A-01-01');
  await expect(row).toContainText(/\d{2}:\d{2}/);
  // the outcome and the list are on screen with the form, without scrolling
  await expectInView(page, outcome(page));
  await expectInView(page, row);
  await expectInView(page, page.getByRole('button', { name: /^Receive/ }));
  await page.screenshot({ path: testInfo.outputPath('receiving-1366x768.png') });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Receiving', level: 1 })).toBeVisible();
  await expect(recentRow(page, lot)).toContainText('1,200 EA');
  await expect(recent(page).getByRole('listitem').first()).toContainText(`lot ${lot}`);
});

test('a label that could not print shows as failed beside "Received", in the outcome and in the list', async ({ page }, testInfo) => {
  const lot = uniqueLot('LBL');
  // A folder is no printer: the desk cannot open it, so the label job fails (the job keeps the printer it was queued for).
  const folder = mkdtempSync(join(tmpdir(), 'drawback-desk-no-printer-'));
  await signIn(page, DEMO.clerk);
  try {
    setSetting('labels.printer', `file:${folder}`);
    await page.reload(); // the screen reads the desk's settings when it opens
    await expect(page.getByLabel('Print pallet label')).toBeChecked();
    await receivePallet(page, { entry: '2024-000042', sku: 'TSHIRT-COT-M', lot, quantity: '3', location: 'A-01-01' });
    await expect(outcome(page)).toContainText(`lot ${lot}`);
  } finally {
    setSetting('labels.printer', `file:${process.env.DESK_LABELS_FILE}`);
    rmSync(folder, { recursive: true, force: true });
  }
  const done = outcome(page);
  await expect(done.getByRole('heading', { name: 'Received' })).toBeVisible();
  await expect(done).toContainText('Label failed: the pallet has no label');
  await expect(done).toContainText('Print label again');
  await expect(page.getByRole('region', { name: /Pallet SSCC/ }).locator('[data-step="label"]')).toContainText('FAILED');

  const row = recentRow(page, lot);
  await expect(row).toContainText('received');
  await expect(row).toContainText('label failed');
  await expect(row).toContainText('print it again with a reason');
  await expectInView(page, done);
  await page.screenshot({ path: testInfo.outputPath('receiving-label-failed-1366x768.png') });

  await page.reload();
  await expect(recentRow(page, lot)).toContainText('label failed');
});

test('after a refused receipt the cursor is in the form, whether Receive was clicked or Enter pressed', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await page.getByRole('button', { name: /^Receive/ }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'The receipt was not recorded' });
  await expect(summary).toContainText('Entry number: type or scan the entry number');
  await expect(page.getByLabel('Entry number')).toBeFocused();

  await page.getByLabel('Entry number').fill('2024-000042');
  await expect(page.getByLabel('Entry line')).toBeEnabled();
  await page.getByLabel('SKU', { exact: true }).fill('TSHIRT-COT-M');
  await page.getByLabel('Lot', { exact: true }).fill(uniqueLot('FOC'));
  await page.getByLabel('Quantity').fill('1.5');
  await page.getByLabel('Location').selectOption('A-01-01');
  await page.getByLabel('Location').press('Enter');
  await expect(page.getByLabel('Quantity')).toBeFocused();
  await expect(page.getByLabel('Quantity')).toHaveAccessibleDescription(/whole number/);
  // no field path and no code anywhere in what the clerk reads
  await expect(summary).not.toContainText('quantity:');
  await expect(summary).not.toContainText('VALIDATION');
});

test('Enter pressed while the entry is still being looked up sends the receipt once the entry is found', async ({ page }) => {
  const lot = uniqueLot('FAST');
  await signIn(page, DEMO.clerk);
  // Everything but the entry number first, then the number and Enter at once: the lookup waits
  // for typing to pause (200 ms), so the receipt is sent while the entry is still being looked up.
  await page.getByLabel('SKU', { exact: true }).fill('TSHIRT-COT-M');
  await page.getByLabel('Lot', { exact: true }).fill(lot);
  await page.getByLabel('Quantity').fill('2');
  await page.getByLabel('Location').selectOption('A-01-01');
  await page.getByLabel('Entry number').fill('2024-000042');
  await page.getByLabel('Entry number').press('Enter');
  await expect(outcome(page)).toContainText(`lot ${lot}`);
  await expect(page.getByText('still looking this entry up')).toHaveCount(0);
});
