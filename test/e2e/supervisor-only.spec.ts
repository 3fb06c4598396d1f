import { expect, test } from '@playwright/test';
import { balanceCell, DEMO, openInventoryForLot, openReceiving, outcome, receivePallet, signIn, uniqueLot } from './desk';

test('a release from drawback without a second person is refused by main, and the refusal is shown', async ({ page }) => {
  const lot = uniqueLot('REL');
  await signIn(page, DEMO.supervisor);
  await openReceiving(page);
  await receivePallet(page, { entry: '2024-000042', sku: 'TSHIRT-COT-M', lot, quantity: '10', location: 'DB-CAGE-2' });
  await expect(outcome(page)).toContainText('Preserved for drawback');

  await openInventoryForLot(page, lot);
  await page.getByRole('button', { name: `Release from drawback: lot ${lot} at DB-CAGE-2` }).click();
  const dialog = page.getByRole('dialog', { name: 'Release from drawback' });
  await dialog.getByLabel('Quantity to release').fill('4');
  await dialog.getByLabel('Reason').fill('export order cancelled');
  await dialog.getByLabel('Reason').press('Enter');

  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Refused: a supervisor other than you must approve the release');
  await expect(refusal).toContainText('needs the approval of a supervisor other than you');
  // the supervisor's own password does not make a second pair of eyes
  await dialog.getByLabel('Approving supervisor').fill(DEMO.supervisor.username);
  await dialog.getByLabel('Supervisor password').fill(DEMO.supervisor.password);
  await dialog.getByLabel('Supervisor password').press('Enter');
  await expect(refusal).toContainText('cannot also approve it');
  await dialog.getByRole('button', { name: /Cancel/ }).click();
  await expect(dialog).toBeHidden();
  await expect(await balanceCell(page, lot, 'Preserved')).toHaveText('10');
  await expect(await balanceCell(page, lot, 'Available')).toHaveText('0');
});

test('receiving more than the entry line allows asks for a supervisor, and a clerk cannot approve', async ({ page }) => {
  const lot = uniqueLot('BLT');
  await signIn(page, DEMO.clerk);
  // Entry 2023-000187 line 1 covers 20,000 bolts; 20,001 is over whatever was received before.
  await receivePallet(page, { entry: '2023-000187', sku: 'BOLT-M8-ZN', lot, quantity: '20001', location: 'A-01-02' });

  const panel = page.getByRole('form', { name: 'Supervisor approval needed' });
  await expect(panel).toContainText("needs a supervisor's approval");
  await expect(page.getByText(/without a supervisor/)).toBeVisible();
  await expect(panel.getByLabel('Supervisor user name')).toBeFocused();

  await panel.getByLabel('Supervisor user name').fill(DEMO.clerk.username);
  await panel.getByLabel('Supervisor password').fill(DEMO.clerk.password);
  await panel.getByLabel('Reason').fill('broker says a second container arrived');
  await panel.getByLabel('Reason').press('Enter');

  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('Approval refused');
  await expect(refusal).toContainText('only a supervisor or admin can approve');
  await expect(panel.getByText('not a supervisor')).toBeVisible();
  await expect(outcome(page)).toHaveCount(0);
  // Still the clerk's desk: the refused approval did not sign anyone out.
  await expect(page.getByRole('banner')).toContainText('Dana Receiving');
});
