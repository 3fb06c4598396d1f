import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { BIG_CLAIM } from './fixtures/big-claim-facts';
import { claimsDeskUrl, DEMO, openClaims, signIn } from './desk';

test.use({ viewport: { width: 1280, height: 800 } });

/** What the ledger holds, read behind the desk's back: every write appends an audit record. */
function ledgerCounts() {
  const path = process.env.CLAIMS_DESK_DB;
  if (!path) throw new Error('CLAIMS_DESK_DB is not set: global setup builds the claims ledger');
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      audit: one('SELECT COUNT(*) AS n FROM audit_log'),
      runs: one('SELECT COUNT(*) AS n FROM matching_runs'),
      allocations: one('SELECT COUNT(*) AS n FROM allocations'),
    };
  } finally {
    db.close();
  }
}

/**
 * The claims ledger holds 50,000 export lines of an item never received (see build-big-claim.ts):
 * every run reads and works through them, so a run lasts seconds, and a run that was not cancelled
 * would still write its record: the counts below could not stay put.
 */
test('a matching run is cancelled from the screen and nothing of it is written', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO.specialist, claimsDeskUrl());
  await openClaims(page);
  const matching = page.getByRole('region', { name: 'Matching' });
  await expect(matching).toContainText(`${BIG_CLAIM.baitLines.toLocaleString('en-US')} unmatched`);
  const before = ledgerCounts();

  await matching.getByRole('button', { name: 'Run matching' }).click();
  await expect(matching.getByRole('progressbar', { name: 'Matching progress' })).toBeVisible();
  await matching.getByRole('button', { name: 'Cancel matching' }).click();
  await expect(matching.getByRole('status')).toHaveText('Matching cancelled: nothing was written.');
  await expect(matching.getByRole('button', { name: 'Cancel matching' })).toHaveCount(0);
  const bar = matching.getByRole('progressbar', { name: 'Matching progress' });
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(Number(await bar.getAttribute('aria-valuemax')));
  expect(ledgerCounts()).toEqual(before);

  // The desk is free again: the next run goes to its end and is the only one recorded.
  await matching.getByRole('button', { name: 'Run matching' }).click();
  await expect(matching.getByRole('status')).toContainText(
    `none of the ${BIG_CLAIM.baitLines.toLocaleString('en-US')} open export lines could be matched — see their reasons`,
    { timeout: 30_000 },
  );
  const after = ledgerCounts();
  expect(after.runs).toBe(before.runs + 1);
  expect(after.allocations).toBe(before.allocations);
});
