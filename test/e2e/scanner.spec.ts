import { expect, test } from '@playwright/test';
import { DEMO, outcome, signIn, uniqueLot } from './desk';
import { GS, typeAsScanner } from './wedge-keys';

test('a keyboard-wedge GS1 scan fills the receiving form as one scan', async ({ page }) => {
  const lot = uniqueLot('SCN');
  await signIn(page, DEMO.clerk);
  await expect(page.getByLabel('Location').locator('option', { hasText: 'DB-CAGE-2' })).toBeAttached(); // screen loaded
  await page.getByRole('heading', { name: 'Receiving', level: 1 }).click(); // focus on no field, as on a dock
  // GTIN 00614141000012 is TSHIRT-COT-M in the demo data: (02) names the pallet's contents, (37) counts
  // them (GS1 allows (37) only with (02)); AI 91 carries the entry number.
  await typeAsScanner(page, `(02)00614141000012(10)${lot}(37)24(91)2024-000042\n`);

  await expect(page.getByRole('status').filter({ hasText: 'Scanned:' })).toContainText(
    `GTIN 00614141000012 → TSHIRT-COT-M · lot ${lot} · quantity 24 · entry 2024-000042`,
  );
  await expect(page.getByLabel('Entry number')).toHaveValue('2024-000042');
  await expect(page.getByLabel('SKU', { exact: true })).toHaveValue('TSHIRT-COT-M');
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue(lot);
  await expect(page.getByLabel('Quantity')).toHaveValue('24');
  await expect(page.getByLabel('Entry line')).toHaveValue('1');
  await expect(page.getByLabel('Location')).toBeFocused(); // the one field the label could not fill
  await expect(outcome(page)).toHaveCount(0); // the scanner's Enter did not submit

  await page.getByLabel('Location').selectOption('DB-CAGE-2');
  await page.getByLabel('Location').press('Enter');
  await expect(outcome(page)).toContainText(`24 EA`);
  await expect(outcome(page)).toContainText(`lot ${lot}`);
});

test('a scan typed into a field replaces that field; slow typing stays typing', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  const lotField = page.getByLabel('Lot', { exact: true });
  await lotField.click();
  await typeAsScanner(page, 'PLAIN-LOT-77\n');
  await expect(lotField).toHaveValue('PLAIN-LOT-77');
  await expect(page.getByRole('status').filter({ hasText: 'Scanned:' })).toContainText('Scanned: PLAIN-LOT-77');
  await expect(page.getByLabel('Quantity')).toBeFocused();

  // A person typing (well over 30 ms a key) is not a scan: Enter submits the form as usual.
  await typeAsScanner(page, '12', 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'The receipt was not recorded' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Scanned:' })).toContainText('Scanned: PLAIN-LOT-77');
});

test('a raw GS1-128 scan with GS separators (sent as Ctrl+]) fills the form too', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await expect(page.getByLabel('Location').locator('option', { hasText: 'DB-CAGE-2' })).toBeAttached();
  await page.getByLabel('Entry number').click(); // the scanner's keys land in a field first, then are taken back
  // ]C1 symbology id, (02) contained GTIN, (10) lot, GS, (37) count, GS, (91) entry number; FNC1 as GS after variable fields.
  await typeAsScanner(page, `]C1020061414100001210RAW-LOT-7${GS}37250${GS}912023-000123\n`);

  await expect(page.getByLabel('Entry number')).toHaveValue('2023-000123');
  await expect(page.getByLabel('SKU', { exact: true })).toHaveValue('TSHIRT-COT-M');
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue('RAW-LOT-7');
  await expect(page.getByLabel('Quantity')).toHaveValue('250');
  // Entry 2023-000123 has two lines; the one with the item's HTS is chosen.
  await expect(page.getByLabel('Entry line')).toHaveValue('1');
  await expect(page.getByRole('status').filter({ hasText: 'Scanned:' })).toContainText('lot RAW-LOT-7 · quantity 250 · entry 2023-000123');
});

test('a scan that breaks a GS1 rule is refused on screen, the rule in words, and fills nothing', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await expect(page.getByLabel('Location').locator('option', { hasText: 'DB-CAGE-2' })).toBeAttached();
  await page.getByRole('heading', { name: 'Receiving', level: 1 }).click();
  // §4.14.1: one AI twice with different values; the old reader kept the last count (24).
  await typeAsScanner(page, `(02)00614141000012(10)DUP-LOT(37)12(37)24\n`);
  const status = page.getByRole('status').filter({ hasText: 'Scanned:' });
  await expect(status).toContainText('not read: AI (37) count of trade items appears more than once with different values (12 and 24)');
  await expect(page.getByLabel('Quantity')).toHaveValue('');
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue('');

  // (01) with (37): GS1 allows the count only with (02), the GTIN of the contained items.
  await typeAsScanner(page, `(01)00614141000012(10)X-LOT(37)24\n`);
  await expect(status).toContainText('AI (01) GTIN and AI (37) count of trade items cannot be in the same barcode');
  await expect(page.getByLabel('SKU', { exact: true })).toHaveValue('');
});
