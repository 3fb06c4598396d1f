import { expect, test } from '@playwright/test';
import { balanceCell, DEMO, openInventoryForLot, openReceiving, outcome, receivePallet, signIn, uniqueLot } from './desk';

test('a supervisor approves an over-quantity receipt at the clerk desk with a reason', async ({ page }) => {
  const lot = uniqueLot('JNS');
  await signIn(page, DEMO.clerk);
  // Entry 2023-000123 line 2 covers 600 jeans: 650 is always over it.
  await receivePallet(page, { entry: '2023-000123', line: '2', sku: 'JEANS-DNM-32', lot, quantity: '650', location: 'DB-CAGE-2' });

  const panel = page.getByRole('form', { name: 'Supervisor approval needed' });
  await panel.getByLabel('Supervisor user name').fill(DEMO.supervisor.username);
  await panel.getByLabel('Supervisor password').fill('not-the-password');
  await panel.getByLabel('Reason').fill('short-shipped line corrected by broker');
  await panel.getByRole('button', { name: 'Approve and receive' }).click();
  await expect(panel.getByRole('alert')).toContainText('user name or password is wrong');
  await expect(page.getByRole('banner')).toContainText('Dana Receiving');

  await panel.getByLabel('Supervisor password').fill(DEMO.supervisor.password);
  await panel.getByLabel('Supervisor password').press('Enter');

  const done = outcome(page);
  await expect(done).toContainText('650 EA');
  await expect(done).toContainText('Approved by supervisor: short-shipped line corrected by broker');
  await expect(panel).toBeHidden();

  await openInventoryForLot(page, lot);
  await expect(await balanceCell(page, lot, 'Preserved')).toHaveText('650');
});

// Issue 11: releasing from drawback is offered to supervisors and admins (a clerk sees it disabled:
// roles-navigation.spec.ts); the four eyes stay, so the admin approves the supervisor's release here.
test('a supervisor releases preserved stock from drawback with another approver at the desk', async ({ page }) => {
  const lot = uniqueLot('SUP');
  await signIn(page, DEMO.supervisor);
  await openReceiving(page);
  await receivePallet(page, { entry: '2024-000042', sku: 'TSHIRT-COT-M', lot, quantity: '20', location: 'DB-CAGE-1' });
  await expect(outcome(page)).toContainText('Preserved for drawback');

  await openInventoryForLot(page, lot);
  await page.getByRole('button', { name: `Release from drawback: lot ${lot} at DB-CAGE-1` }).click();
  const dialog = page.getByRole('dialog', { name: 'Release from drawback' });
  await dialog.getByLabel('Quantity to release').fill('5');
  await dialog.getByLabel('Reason').fill('sold domestically, not for export');
  await dialog.getByLabel('Approving supervisor').fill(DEMO.admin.username);
  await dialog.getByLabel('Supervisor password').fill(DEMO.admin.password);
  await dialog.getByRole('button', { name: 'Release', exact: true }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Released 5 of lot ${lot}`)).toBeVisible();
  await expect(await balanceCell(page, lot, 'Preserved')).toHaveText('15');
  await expect(await balanceCell(page, lot, 'Available')).toHaveText('5');
});
