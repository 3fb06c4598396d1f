import { expect, type Page } from '@playwright/test';

export const CLERK = { username: 'clerk', password: 'clerk-demo-1' };
export const SUPERVISOR = { username: 'supervisor', password: 'supervisor-demo-1' };

/** A lot code no other test uses, so tests are independent of order and of each other. */
export function freshLot(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}-${Math.floor(Math.random() * 1e4)}`;
}

export async function signIn(page: Page, who: { username: string; password: string }): Promise<void> {
  await page.goto(process.env.DESK_URL!);
  await page.getByLabel('User name').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
}

export async function fillReceipt(page: Page, r: { entry: string; line?: string; sku: string; lot: string; quantity: string; location: string }): Promise<void> {
  await page.getByLabel('Entry number').fill(r.entry);
  await page.getByLabel('Entry number').press('Tab');
  await expect(page.getByLabel('Entry line')).toBeEnabled();
  await page.getByLabel('Entry line').selectOption(r.line ?? '1');
  await page.getByLabel('SKU').fill(r.sku);
  await page.getByLabel('Lot').fill(r.lot);
  await page.getByLabel('Quantity').fill(r.quantity);
  await page.getByLabel('Location').selectOption(r.location);
}
