import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers the specs share: the desk's address, signing in, and reading the screens as a person would. */
/** The demo's people (src-main/doors/demo-data.ts) and the screen each lands on after signing in. */
export const DEMO = {
  clerk: { username: 'clerk', password: 'clerk-demo-1', displayName: 'Dana Receiving', lands: 'Receiving' },
  specialist: { username: 'specialist', password: 'specialist-demo-1', displayName: 'Sam Drawback', lands: 'Claims' },
  // supervisors approve claims from Claims until an approvals inbox exists
  supervisor: { username: 'supervisor', password: 'supervisor-demo-1', displayName: 'Pat Supervisor', lands: 'Claims' },
  // no Settings screen yet: an admin lands on the first screen it may use
  admin: { username: 'admin', password: 'admin-demo-1', displayName: 'Alex Admin', lands: 'Receiving' },
} as const;

export function deskUrl(): string {
  const url = process.env.DESK_URL;
  if (!url) throw new Error('DESK_URL is not set: run the specs through playwright.config.ts (its global setup starts the desk)');
  return url;
}

/** The desk on the claims ledger: the demo with its receipts and exports, plus a 100,000-line claim (global setup). */
export function claimsDeskUrl(): string {
  const url = process.env.CLAIMS_DESK_URL;
  if (!url) throw new Error('CLAIMS_DESK_URL is not set: run the specs through playwright.config.ts (its global setup starts the claims desk)');
  return url;
}

/** A lot code nobody else has used, so specs never depend on each other's receipts. */
export function uniqueLot(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();
}

/** Signs in on the desk's bare address and waits for the person's own screen (a clerk's is Receiving, a specialist's Claims). */
export async function signIn(page: Page, who: { username: string; password: string; lands: string }, url = deskUrl()): Promise<void> {
  await page.goto(url);
  await page.getByLabel('User name').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('heading', { name: who.lands, level: 1 })).toBeVisible();
}

export async function openReceiving(page: Page): Promise<void> {
  await page.keyboard.press('Alt+R');
  await expect(page.getByRole('heading', { name: 'Receiving', level: 1 })).toBeVisible();
}

export interface PalletInput {
  entry: string;
  line?: string;
  sku: string;
  lot: string;
  quantity: string;
  location: string;
}

/** Fills the receiving form the way a clerk does with a keyboard, then presses Enter. */
export async function receivePallet(page: Page, p: PalletInput): Promise<void> {
  await page.getByLabel('Entry number').fill(p.entry);
  await expect(page.getByLabel('Entry line')).toBeEnabled();
  if (p.line) await page.getByLabel('Entry line').selectOption(p.line);
  await page.getByLabel('SKU', { exact: true }).fill(p.sku);
  await page.getByLabel('Lot', { exact: true }).fill(p.lot);
  await page.getByLabel('Quantity').fill(p.quantity);
  await page.getByLabel('Location').selectOption(p.location);
  await page.getByLabel('Quantity').press('Enter');
}

export function outcome(page: Page): Locator {
  return page.getByRole('status').filter({ has: page.getByRole('heading', { name: /received/i }) });
}

/** The cell under a column heading in the row that mentions `lot`. */
export async function balanceCell(page: Page, lot: string, column: string): Promise<Locator> {
  const table = page.getByRole('table', { name: 'Balances by lot and location' });
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === column);
  if (index < 0) throw new Error(`no column "${column}" in ${headers.join(', ')}`);
  return table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: lot, exact: true }) })
    .getByRole('cell')
    .nth(index);
}

export async function openInventoryForLot(page: Page, lot: string): Promise<void> {
  await page.keyboard.press('Alt+I');
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
  await page.getByLabel('Filter by lot').fill(lot);
  await expect(page.getByRole('table', { name: 'Balances by lot and location' }).getByRole('cell', { name: lot, exact: true })).toBeVisible();
}

export async function openClaims(page: Page): Promise<void> {
  await page.keyboard.press('Alt+C');
  await expect(page.getByRole('heading', { name: 'Claims', level: 1 })).toBeVisible();
}
