import { expect, test, type Page } from '@playwright/test';
import { claimsDeskUrl, DEMO, deskUrl, openInventoryForLot, outcome, receivePallet, signIn, uniqueLot } from './desk';

/**
 * The role-aware shell (issue 11): each role lands on its own work and sees only the screens it may
 * use; addresses after the `#` open a screen, a claim or a claim line; a screen the role may not use
 * says so, and an address the desk does not have says "not found".
 */

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' }).getByRole('link');
const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1, exact: true });
/** the desk's address (with its token) at a path after the `#` */
const at = (path: string, url = deskUrl()) => `${url}#${path}`;

const ROLES = [
  { who: DEMO.clerk, tabs: ['Receiving', 'Inventory'], hash: '#/receiving' },
  { who: DEMO.specialist, tabs: ['Receiving', 'Inventory', 'Claims', 'Post-entry'], hash: '#/claims' },
  { who: DEMO.supervisor, tabs: ['Receiving', 'Inventory', 'Claims', 'Post-entry'], hash: '#/claims' },
  { who: DEMO.admin, tabs: ['Receiving', 'Inventory', 'Claims', 'Post-entry'], hash: '#/receiving' },
];

for (const { who, tabs, hash } of ROLES) {
  test(`the ${who.username} lands on ${who.lands} and can go to ${tabs.join(', ')}`, async ({ page }) => {
    await signIn(page, who);
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(page.getByRole('banner')).toContainText(`Signed in as ${who.displayName}`);
    await expect(screens(page)).toHaveText(tabs.map((t) => new RegExp(`^${t}`)));
    await expect(screens(page).filter({ hasText: who.lands })).toHaveAttribute('aria-current', 'page');

    // Every tab it has opens its screen, by click and by its shortcut.
    for (const tab of tabs) {
      await screens(page).filter({ hasText: tab }).click();
      await expect(heading(page, tab)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/${tab.toLowerCase()}$`));
    }
    const keys: Record<string, string> = { Receiving: 'Alt+R', Inventory: 'Alt+I', Claims: 'Alt+C', 'Post-entry': 'Alt+P' };
    for (const tab of [...tabs].reverse()) {
      await page.keyboard.press(keys[tab]!);
      await expect(heading(page, tab)).toBeVisible();
    }
    await expect(page).toHaveTitle(`${tabs[0]} · Drawback Desk`);
  });
}

test('Back and Forward move between the screens visited', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await page.keyboard.press('F3');
  await expect(heading(page, 'Inventory')).toBeVisible();
  await page.goBack();
  await expect(heading(page, 'Receiving')).toBeVisible();
  await expect(page).toHaveURL(/#\/receiving$/);
  await page.goForward();
  await expect(heading(page, 'Inventory')).toBeVisible();
  await expect(page).toHaveURL(/#\/inventory$/);
});

test('a deep link to a claim line opens the claim on that line, with its evidence, after sign-in', async ({ page }) => {
  const claim = process.env.CLAIMS_BIG_CLAIM;
  if (!claim) throw new Error('CLAIMS_BIG_CLAIM is not set: global setup builds the 100,000-line claim');
  const lineNo = 4_321;
  await page.goto(at(`/claims/${claim}/lines/${lineNo}`, claimsDeskUrl()));
  await page.getByLabel('User name').fill(DEMO.specialist.username);
  await page.getByLabel('Password').fill(DEMO.specialist.password);
  await page.getByLabel('Password').press('Enter');

  await expect(page.getByRole('heading', { name: new RegExp(`^Claim ${claim}`) })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/claims/${claim}/lines/${lineNo}$`));
  const evidence = page.getByRole('region', { name: `Evidence for line ${lineNo}` });
  await expect(evidence.getByLabel('Export shipment')).toContainText(/EXP-2024-06-\d{4} line \d+/);
  const grid = page.getByRole('grid', { name: 'Claim lines' });
  const row = (n: number) => grid.getByRole('row').filter({ has: page.getByRole('gridcell', { name: String(n), exact: true }) });
  await expect(row(lineNo)).toBeVisible();
  await expect(row(lineNo)).toHaveAttribute('aria-selected', 'true');
  await expect(grid).toBeFocused();

  // The keyboard carries on from that line, and the address follows the evidence shown.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: `Evidence for line ${lineNo + 1}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/claims/${claim}/lines/${lineNo + 1}$`));
  await page.getByRole('button', { name: /Close/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/claims/${claim}$`));
  await expect(page.getByRole('region', { name: /Evidence for line/ })).toHaveCount(0);
});

test('a clerk cannot reach Claims: no tab, no access by link, and Release from drawback is not offered', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await expect(screens(page).filter({ hasText: 'Claims' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo', { name: 'Keyboard shortcuts' })).not.toContainText('Claims');
  await page.keyboard.press('Alt+C');
  await expect(heading(page, 'Receiving')).toBeVisible();

  for (const path of ['/claims', '/claims/DD-2024-0001', '/claims/DD-2024-0001/lines/1']) {
    await page.goto(at(path));
    await expect(heading(page, "You don't have access to Claims")).toBeVisible();
    await expect(heading(page, 'Claims')).toHaveCount(0);
    await expect(page.getByRole('grid', { name: 'Claim lines' })).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Go to Receiving' }).click();
  await expect(heading(page, 'Receiving')).toBeVisible();

  // Stock preserved for drawback: the clerk sees it, but Release is disabled and says who can.
  const lot = uniqueLot('CLK');
  await receivePallet(page, { entry: '2024-000042', sku: 'TSHIRT-COT-M', lot, quantity: '12', location: 'DB-CAGE-1' });
  await expect(outcome(page)).toContainText('Preserved for drawback');
  await openInventoryForLot(page, lot);
  const release = page.getByRole('button', { name: `Release from drawback: lot ${lot} at DB-CAGE-1` });
  await expect(release).toBeDisabled();
  await expect(release).toHaveAccessibleDescription(/a supervisor's decision/);
});

test('an address the desk does not have says "not found" and leads back to the role\'s own work', async ({ page }) => {
  await signIn(page, DEMO.specialist);
  for (const path of ['/nowhere', '/claims/DD-2024-0001/receipts', '/receiving/extra']) {
    await page.goto(at(path));
    await expect(heading(page, 'Page not found')).toBeVisible();
    await expect(page.getByText(`#${path}`)).toBeVisible();
    await expect(heading(page, 'Receiving')).toHaveCount(0);
  }
  await expect(page).toHaveTitle('Page not found · Drawback Desk');
  await page.getByRole('link', { name: 'Go to Claims' }).click();
  await expect(heading(page, 'Claims')).toBeVisible();
  await expect(page).toHaveURL(/#\/claims$/);
});

test('signing out leaves the bare address, so the next person lands on their own work', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  await page.keyboard.press('Alt+I');
  await expect(heading(page, 'Inventory')).toBeVisible();
  await page.keyboard.press('Alt+Q');
  await page.getByLabel('User name').fill(DEMO.supervisor.username);
  await page.getByLabel('Password').fill(DEMO.supervisor.password);
  await page.getByLabel('Password').press('Enter');
  await expect(heading(page, 'Claims')).toBeVisible();
  await expect(page).toHaveURL(/#\/claims$/);
});
