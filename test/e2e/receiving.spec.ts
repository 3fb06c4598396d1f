import { expect, test } from '@playwright/test';
import { CLERK, fillReceipt, freshLot, signIn, SUPERVISOR } from './desk-page';

test('a clerk receives 1,000 units under entry 2023-000123 into a drawback bin and sees them preserved', async ({ page }) => {
  const lot = freshLot('E2E');
  await signIn(page, CLERK);
  await fillReceipt(page, { entry: '2023-000123', sku: 'TSHIRT-COT-M', lot, quantity: '1000', location: 'DB-CAGE-1' });
  await page.getByLabel('Quantity').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: lot })).toBeVisible();

  await page.getByRole('navigation', { name: 'Screens' }).getByText('Inventory').click();
  await page.getByLabel('Filter by lot').fill(lot);
  const table = page.getByRole('table', { name: 'Balances by lot and location' });
  const row = table.getByRole('row').filter({ hasText: lot });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('2023-000123');
  await expect(row).toContainText('DB-CAGE-1');
  // Columns: available then preserved: 0 available, 1,000 preserved for drawback.
  await expect(row.getByRole('cell').filter({ hasText: /^1,?000$/ })).toHaveCount(1);
  const cells = await row.getByRole('cell').allInnerTexts();
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const at = (name: RegExp) => cells[headers.findIndex((h) => name.test(h))]?.replace(/,/g, '').trim();
  expect(at(/preserved/i)).toBe('1000');
  expect(at(/available/i)).toBe('0');
});

test('an unknown entry number is shown next to the entry field and nothing is received', async ({ page }) => {
  await signIn(page, CLERK);
  await page.getByLabel('Entry number').fill('2099-999999');
  await page.getByLabel('Entry number').press('Tab');
  await expect(page.locator('#receipt-entryNumber-error, [id$="entryNumber-error"]').first()).toContainText(/not in the ledger|not found/i);
});

test('receiving over the entry line asks for a supervisor; a clerk as approver is refused, a supervisor approves', async ({ page }) => {
  const lot = freshLot('OVR');
  await signIn(page, CLERK);
  // Entry 2023-000187 line 1 covers 20,000 bolts and none are received in this ledger.
  await fillReceipt(page, { entry: '2023-000187', sku: 'BOLT-M8-ZN', lot, quantity: '20001', location: 'A-01-02' });
  await page.getByRole('button', { name: /^Receive/ }).click();
  await expect(page.getByLabel('Supervisor user name')).toBeVisible();

  await page.getByLabel('Supervisor user name').fill(CLERK.username);
  await page.getByLabel('Supervisor password').fill(CLERK.password);
  await page.getByLabel('Reason', { exact: true }).fill('Shipper miscounted on the invoice');
  await page.getByLabel('Reason', { exact: true }).press('Enter');
  await expect(page.getByText(/only a supervisor or admin can approve/i)).toBeVisible();

  await page.getByLabel('Supervisor user name').fill(SUPERVISOR.username);
  await page.getByLabel('Supervisor password').fill(SUPERVISOR.password);
  await page.getByLabel('Reason', { exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: lot })).toBeVisible();
});

test('a clerk is refused the supervisor-only release from drawback, and the refusal is shown', async ({ page }) => {
  const lot = freshLot('REL');
  await signIn(page, CLERK);
  await fillReceipt(page, { entry: '2023-000123', line: '2', sku: 'JEANS-DNM-32', lot, quantity: '10', location: 'DB-CAGE-2' });
  await page.getByLabel('Quantity').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: lot })).toBeVisible();

  await page.getByRole('navigation', { name: 'Screens' }).getByText('Inventory').click();
  await page.getByLabel('Filter by lot').fill(lot);
  await page.getByRole('button', { name: `Release from drawback: lot ${lot} at DB-CAGE-2` }).click();
  await page.getByLabel('Quantity to release').fill('5');
  await page.getByLabel('Reason').fill('Sold domestically after all');
  await page.getByLabel('Reason').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /supervisor/i })).toBeVisible();
});

test('a keyboard-wedge scan of a GS1-128 pallet code fills the receiving form', async ({ page }) => {
  await signIn(page, CLERK);
  await page.getByRole('heading', { level: 1 }).first().click();
  // (01) GTIN of TSHIRT-COT-M, (10) lot, (37) count, (91) entry number; FNC1 sent by the wedge as GS.
  // A wedge types FNC1 as GS (Ctrl+]) after variable-length fields, all within milliseconds.
  for (const [i, part] of ['0100614141000012' + '10SCAN-LOT-7', '37250', '912023-000123'].entries()) {
    if (i > 0) await page.keyboard.press('Control+BracketRight');
    await page.keyboard.type(part, { delay: 2 });
  }
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('SKU')).toHaveValue('TSHIRT-COT-M');
  await expect(page.getByLabel('Lot')).toHaveValue('SCAN-LOT-7');
  await expect(page.getByLabel('Quantity')).toHaveValue('250');
  await expect(page.getByLabel('Entry number')).toHaveValue('2023-000123');
});
