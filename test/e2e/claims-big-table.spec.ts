import { expect, test, type Page } from '@playwright/test';
import { BIG_CLAIM } from './fixtures/big-claim-facts';
import { claimsDeskUrl, DEMO, openClaims, signIn } from './desk';

test.use({ viewport: { width: 1280, height: 800 } });

function bigClaimNumber(): string {
  const number = process.env.CLAIMS_BIG_CLAIM;
  if (!number) throw new Error('CLAIMS_BIG_CLAIM is not set: global setup builds the 100,000-line claim');
  return number;
}

async function openBigClaim(page: Page) {
  await signIn(page, DEMO.specialist, claimsDeskUrl());
  await openClaims(page);
  await page.getByRole('button', { name: bigClaimNumber(), exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Claim lines' });
  const count = page.getByRole('search', { name: 'Filter claim lines' }).getByRole('status');
  return { grid, count, row: (lineNo: number) => grid.getByRole('row').filter({ has: page.getByRole('gridcell', { name: String(lineNo), exact: true }) }) };
}

test('a 100,000-line claim scrolls in a virtual grid that fetches only the pages in view', async ({ page }) => {
  const { grid, count, row } = await openBigClaim(page);
  await expect(count).toHaveText('100,000 of 100,000 lines');
  await expect(grid).toHaveAttribute('aria-rowcount', '100001');
  await expect(row(3)).toBeVisible();
  expect(await page.getByRole('row').count()).toBeLessThan(200);

  // End goes to the last line; only the pages on screen were ever fetched.
  await grid.focus();
  await page.keyboard.press('End');
  await expect(row(100_000)).toBeVisible();
  await expect(row(100_000)).toHaveAttribute('aria-selected', 'true');
  await expect(row(100_000)).toContainText('EXP-2024-06-0020');
  expect(await page.getByRole('row').count()).toBeLessThan(200);
  expect(Number(await grid.getAttribute('data-pages-fetched'))).toBeLessThanOrEqual(4);

  // Scrolled by hand to the middle: the rows there arrive (page 100 of 200 fetched on demand).
  await grid.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(row(50_001)).toBeVisible();
  expect(await page.getByRole('row').count()).toBeLessThan(200);

  // Keyboard: Home, two rows down, Enter opens that line's evidence.
  await grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row', { selected: true })).toHaveCount(1);
  await expect(row(3)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const evidence = page.getByRole('region', { name: 'Evidence for line 3' });
  await expect(evidence.getByLabel('Export shipment')).toContainText('EXP-2024-06-0001 line 3');
  await expect(evidence.getByLabel('Entry line', { exact: true })).toContainText(`${BIG_CLAIM.entry} line 1`);
  await expect(evidence.getByLabel('Lot', { exact: true })).toContainText(`${BIG_CLAIM.lot} of ${BIG_CLAIM.sku}`);
  await expect(evidence.getByLabel('Receipts of the lot')).toContainText('100,000 on');
  await page.keyboard.press('PageDown');
  await expect(row(3)).toHaveAttribute('aria-selected', 'false');

  // The filter narrows the count (asked of main, never filtered here); the exceptions toggle too.
  await page.getByLabel('Filter lines').fill(BIG_CLAIM.withoutProof);
  await expect(count).toHaveText('5,000 of 100,000 lines');
  await expect(row(30_001)).toBeVisible();
  // every line of the shipment without its bill of lading carries its exception, not only the first
  await page.getByLabel('only lines with exceptions').check();
  await expect(count).toHaveText('5,000 of 100,000 lines');
  await grid.focus();
  await page.keyboard.press('End');
  await expect(row(35_000)).toBeVisible();
  await expect(row(35_000)).toContainText('⚠ 1');
  await page.keyboard.press('Enter');
  const flagged = page.getByRole('region', { name: 'Evidence for line 35000' });
  await expect(flagged.getByLabel('Export shipment')).toContainText('Proof of exportno');
  await expect(flagged.getByLabel('Exceptions on this line')).toContainText(`shipment ${BIG_CLAIM.withoutProof} has no bill of lading`);
  await page.getByLabel('Filter lines').fill('NO-SUCH-LOT');
  await expect(count).toHaveText('0 of 100,000 lines');
});

test('lines picked with Space are excluded with a reason and stay on record', async ({ page }) => {
  const { grid, count, row } = await openBigClaim(page);
  await expect(count).toHaveText('100,000 of 100,000 lines');
  await grid.focus();
  await page.keyboard.press('End');
  await expect(row(100_000)).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  const exclude = page.getByRole('form', { name: 'Exclude lines' });
  await exclude.getByLabel('Reason to exclude').fill('units returned by the consignee');
  await exclude.getByRole('button', { name: 'Exclude 2 selected lines' }).click();
  await expect(page.getByRole('group', { name: 'Claim actions' }).getByRole('status')).toHaveText('Excluded 2 lines; the claim now has 99,998.');
  await expect(page.getByLabel('Claim totals')).toContainText('99,998');
  await expect(row(100_000)).toContainText('excl.');
  await expect(row(99_999)).toContainText('excl.');
  await expect(page.getByRole('search', { name: 'Filter claim lines' }).getByRole('status')).toHaveText('100,000 of 100,000 lines');
});
