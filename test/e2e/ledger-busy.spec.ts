import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { DEMO, outcome, receivePallet, signIn, uniqueLot } from './desk';

test('a receipt sent while another job holds the ledger waits, says so, and goes through once the ledger is free', async ({ page }) => {
  test.setTimeout(60_000);
  const db = process.env.DESK_DB;
  if (!db) throw new Error('DESK_DB is not set: run the specs through playwright.config.ts');
  const lot = uniqueLot('BSY');
  await signIn(page, DEMO.clerk);
  // Another job (a long import's final write, a second desk) holds the ledger's write lock.
  const other = new Database(db);
  other.exec('BEGIN IMMEDIATE');
  try {
    await receivePallet(page, { entry: '2024-000042', sku: 'TSHIRT-COT-M', lot, quantity: '3', location: 'A-01-01' });
    await expect(page.getByRole('status').filter({ hasText: 'Waiting for the ledger' })).toBeVisible({ timeout: 15_000 });
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  await expect(outcome(page)).toContainText('3 EA', { timeout: 15_000 });
  await expect(page.getByText('Waiting for the ledger')).toBeHidden();
});
