import { expect, test } from '@playwright/test';
import { balanceCell, DEMO, openInventoryForLot, outcome, receivePallet, signIn, uniqueLot } from './desk';

// The only spec that receives against entry 2023-000123 line 1 (1,000 units): the full line fits.
test('a clerk receives 1,000 T-shirts into the drawback cage and sees them preserved in Inventory', async ({ page }) => {
  const lot = uniqueLot('NW');
  await signIn(page, DEMO.clerk);
  await expect(page.getByRole('banner')).toContainText('Dana Receiving');
  await expect(page.getByRole('banner')).toContainText(/clerk/i);

  await page.getByLabel('Entry number').fill('2023-000123');
  await expect(page.getByLabel('Entry line').locator('option', { hasText: 'Line 1' })).toContainText('HTS 6109.10.0012');
  await receivePallet(page, { entry: '2023-000123', line: '1', sku: 'TSHIRT-COT-M', lot, quantity: '1000', location: 'DB-CAGE-1' });

  const done = outcome(page);
  await expect(done).toContainText('1,000 EA');
  await expect(done).toContainText(`lot ${lot}`);
  await expect(done).toContainText('DB-CAGE-1');
  await expect(done).toContainText('Preserved for drawback');
  // Ready for the next pallet: entry and bin kept, lot and quantity cleared, cursor on SKU.
  await expect(page.getByLabel('Entry number')).toHaveValue('2023-000123');
  await expect(page.getByLabel('Location')).toHaveValue('DB-CAGE-1');
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('SKU', { exact: true })).toBeFocused();

  await openInventoryForLot(page, lot);
  await expect(await balanceCell(page, lot, 'Preserved')).toHaveText('1,000');
  await expect(await balanceCell(page, lot, 'Available')).toHaveText('0');
  await expect(await balanceCell(page, lot, 'Location')).toContainText('DB-CAGE-1');
  await expect(await balanceCell(page, lot, 'Entry')).toHaveText('2023-000123');
});

test('Inventory refreshes by itself when another desk receives', async ({ browser }) => {
  const lot = uniqueLot('LIVE');
  const watcher = await (await browser.newContext()).newPage();
  const receiver = await (await browser.newContext()).newPage();
  await signIn(watcher, DEMO.clerk);
  await watcher.keyboard.press('Alt+I');
  await watcher.getByLabel('Filter by lot').fill(lot);
  await expect(watcher.getByRole('cell', { name: 'No stock matches these filters.' })).toBeVisible();

  await signIn(receiver, DEMO.clerk);
  await receivePallet(receiver, { entry: '2024-000042', sku: 'TSHIRT-COT-M', lot, quantity: '12', location: 'A-01-01' });
  await expect(outcome(receiver)).toContainText('Available for ordinary use');

  await expect(await balanceCell(watcher, lot, 'Available')).toHaveText('12');
  await expect(await balanceCell(watcher, lot, 'Preserved')).toHaveText('0');
});
