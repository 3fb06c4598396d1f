import { expect, test } from '@playwright/test';
import { DEMO, signIn, uniqueLot } from './desk';

test('an unknown entry number is explained next to the entry field', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  const entry = page.getByLabel('Entry number');
  await entry.fill('2099-999999');
  await expect(entry).toHaveAttribute('aria-invalid', 'true');
  await expect(entry).toHaveAccessibleDescription(/entry 2099-999999 is not in the ledger/);
  await expect(page.getByLabel('Entry line')).toBeDisabled();

  await page.getByLabel('SKU', { exact: true }).fill('TSHIRT-COT-M');
  await page.getByLabel('Lot', { exact: true }).fill(uniqueLot('ERR'));
  await page.getByLabel('Quantity').fill('5');
  await page.getByLabel('Quantity').press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'The receipt was not recorded' });
  await expect(summary).toContainText('Entry number: entry 2099-999999 is not in the ledger');
  await expect(entry).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Received' })).toHaveCount(0);
});

test('main’s field errors appear next to the field and in the summary at the top', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await page.getByLabel('Entry number').fill('2024-000042');
  await expect(page.getByLabel('Entry line')).toBeEnabled();
  await page.getByLabel('SKU', { exact: true }).fill('NO-SUCH-SKU');
  await page.getByLabel('Lot', { exact: true }).fill(uniqueLot('ERR'));
  await page.getByLabel('Quantity').fill('5');
  await page.getByLabel('Location').selectOption('A-01-01');
  await page.getByLabel('Quantity').press('Enter');

  const summary = page.getByRole('alert').filter({ hasText: 'The receipt was not recorded' });
  await expect(summary).toContainText('SKU NO-SUCH-SKU is not in the item master');
  const sku = page.getByLabel('SKU', { exact: true });
  await expect(sku).toHaveAttribute('aria-invalid', 'true');
  await expect(sku).toHaveAccessibleDescription(/SKU NO-SUCH-SKU is not in the item master/);

  await page.getByLabel('Quantity').fill('0');
  await page.getByLabel('SKU', { exact: true }).fill('TSHIRT-COT-M');
  await page.getByLabel('Quantity').press('Enter');
  await expect(page.getByLabel('Quantity')).toHaveAccessibleDescription(/more than zero/);
  await summary.getByRole('link', { name: 'Quantity' }).click();
  await expect(page.getByLabel('Quantity')).toBeFocused();
});
