import { expect, test } from '@playwright/test';
import { DEMO, deskUrl, signIn } from './desk';

test('a wrong password is said plainly; Enter signs in; Alt+Q signs out', async ({ page }) => {
  await page.goto(deskUrl());
  await expect(page).not.toHaveURL(/token=/); // the desk token is taken out of the address bar
  await page.getByLabel('User name').fill('clerk');
  await page.getByLabel('Password').fill('not-my-password');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('alert')).toHaveText('User name or password is wrong. Check both and try again.');
  await expect(page.getByLabel('Password')).toHaveValue('');

  await page.getByLabel('Password').fill(DEMO.clerk.password);
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('banner')).toContainText('Signed in as Dana Receiving');
  await page.reload(); // the session and desk token survive a reload of the same tab
  await expect(page.getByRole('banner')).toContainText('Signed in as Dana Receiving');

  await page.keyboard.press('Alt+Q');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('when main says the session has ended, the desk returns to sign-in and says why', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  const session = await page.evaluate(() => sessionStorage.getItem('drawback-desk:session'));
  expect(session).toBeTruthy();
  // End the session behind the screen's back, as an expiry or an admin would.
  const url = new URL(deskUrl());
  const ended = await page.request.post(`${url.origin}/api/invoke`, {
    headers: { 'X-Desk-Token': url.searchParams.get('token')!, Authorization: `Bearer ${session}` },
    data: { channel: 'auth:sign-out', input: {} },
  });
  expect(await ended.json()).toEqual({ ok: true, value: null });

  await page.keyboard.press('Alt+I'); // Inventory asks main for balances: UNAUTHENTICATED
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('your session has ended; sign in again');
});
