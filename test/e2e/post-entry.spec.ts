import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { entryCheckDigit } from '../../src-shared/post-entry/entry-number';
import { DEMO, deskUrl, signIn } from './desk';

/**
 * Post-entry (issue 12) on the demo's year of post-entry traffic: the queue of what needs action,
 * an entry's detail and its correction, the broker dashboard with its charts and exports, and a
 * critical status message imported by the command line while the queue is open.
 */

const cli = resolve(import.meta.dirname, '..', '..', 'bin', 'drawback-desk.mjs');
const entry = (filer: string, number: string) => `${filer}-${number}-${entryCheckDigit(filer, number)}`;
const queue = (page: Page) => page.getByRole('table', { name: 'Post-entry queue' });
const queueRows = (page: Page) => queue(page).locator('tbody tr');
const badge = (page: Page) => page.getByTestId('alert-count');
const isoToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function openQueue(page: Page): Promise<void> {
  await signIn(page, DEMO.specialist);
  await page.keyboard.press('Alt+P');
  await expect(page.getByRole('heading', { name: 'Post-entry', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/post-entry$/);
  await expect(queueRows(page).first()).toBeVisible();
}

/** Imports a file the way a specialist does at the terminal, into the ledger the desk is serving. */
function importStatus(file: string): string {
  const db = process.env.DESK_DB;
  if (!db) throw new Error('DESK_DB is not set: run the specs through playwright.config.ts');
  const result = spawnSync(process.execPath, [cli, 'import', 'status', file, '--db', db], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`import status failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

test("the queue shows the demo's alerts soonest first with the rule behind each date; Enter opens the entry with its differences and timeline", async ({
  page,
}) => {
  await openQueue(page);
  const rows = queueRows(page);
  // the protest of the liquidation increase falls due within days, with its rule
  const protest = rows.filter({ has: page.getByRole('cell', { name: 'Protest', exact: true }) });
  await expect(protest).toHaveCount(1);
  await expect(protest).toContainText(entry('HCB', '0000101'));
  await expect(protest.locator('td').nth(5)).toContainText('180 days after');
  await expect(protest.locator('td').nth(5)).toContainText('19 CFR 174.12');
  // the demo's hold and exam are critical messages to act on
  const critical = rows.filter({ has: page.getByRole('cell', { name: 'Critical status message', exact: true }) });
  await expect(critical.filter({ hasText: entry('316', '0000202') })).toHaveCount(1);
  await expect(critical.filter({ hasText: entry('HCB', '0000106') })).toHaveCount(1);
  // every dated row is in date order (ISO dates sort as text); each has a rule
  const dates = (await rows.locator('td:nth-child(1)').allInnerTexts()).filter((d) => d !== '—');
  expect(dates.length).toBeGreaterThan(2);
  for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(dates).toEqual([...dates].sort());
  for (const rule of await rows.locator('td:nth-child(6)').allInnerTexts()) expect(rule.trim()).not.toBe('');

  // Keyboard: the first row has the focus; ↓ to the valuation variance of entry 0000104, Enter opens it.
  const kinds = await rows.locator('td:nth-child(3)').allInnerTexts();
  const entries = await rows.locator('td:nth-child(4)').allInnerTexts();
  const target = kinds.findIndex((k, i) => k === 'Variance alert' && entries[i] === entry('HCB', '0000104'));
  expect(target, 'a variance alert for entry 0000104').toBeGreaterThanOrEqual(0);
  await expect(rows.first()).toBeFocused();
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(rows.nth(target)).toBeFocused();
  await page.keyboard.press('Enter');

  const number = entry('HCB', '0000104');
  await expect(page).toHaveURL(new RegExp(`#/post-entry/entries/${number}$`));
  await expect(page.getByRole('heading', { name: `Entry ${number}` })).toBeVisible();
  const line1 = page.getByRole('table', { name: 'Line 1: filed vs pre-entry' });
  const value = line1.locator('tr[data-differs]').filter({ has: page.getByRole('rowheader', { name: 'Value' }) });
  await expect(value).toBeVisible();
  await expect(value).toContainText('$36,144.00'); // what we sent
  await expect(value.locator('mark')).toHaveText('$36,524.00'); // what the broker filed, highlighted
  await expect(value).toContainText('Differs');
  const timeline = page.getByRole('list', { name: 'Message timeline' });
  await expect(timeline.getByRole('listitem').first()).toBeVisible();
  await expect(timeline).toContainText('Customs status');
  await expect(page.getByRole('table', { name: `Deadlines of entry ${number}` })).toContainText('PSC cut-off');
});

test('correcting an entry records a new version, with the reason', async ({ page }) => {
  const number = entry('316', '0000203');
  await signIn(page, DEMO.specialist);
  await page.goto(`${deskUrl()}#/post-entry/entries/${number}`);
  await expect(page.getByRole('heading', { name: `Entry ${number}` })).toBeVisible();
  const versions = page.getByRole('table', { name: 'Versions' }).locator('tbody tr');
  await expect(versions).toHaveCount(1);

  // A reason that is too short is refused by the shared rule, in words, on the field.
  await page.getByLabel('Why the entry is corrected').fill('qty');
  await page.getByRole('button', { name: 'Record the correction' }).click();
  await expect(page.getByLabel('Why the entry is corrected')).toHaveAccessibleDescription(/say why the entry is corrected/);
  await expect(versions).toHaveCount(1);

  await page.getByLabel('Line 1 Quantity').fill('1000');
  await page.getByLabel('Why the entry is corrected').fill('the broker keyed 990 pieces; the commercial invoice says 1,000');
  await page.getByRole('button', { name: 'Record the correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded version 2' })).toBeVisible();
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Desk correction');
  await expect(versions.first()).toContainText('the broker keyed 990 pieces');
});

test("a liquidation's increase shows on the entry's purchase-order lines as a bill to follow up, settled there with its reference", async ({ page }) => {
  const number = entry('HCB', '0000101');
  await signIn(page, DEMO.specialist);
  await page.goto(`${deskUrl()}#/post-entry/entries/${number}`);
  const panel = page.getByRole('region', { name: 'Liquidation and purchase-order lines' });
  await expect(panel.getByRole('table', { name: /^Purchase order / })).toContainText('liquidated');
  await expect(panel.getByRole('table', { name: /^Purchase order / })).toContainText('increase');
  const bill = panel.getByRole('form', { name: /^Bill of \$/ });
  await expect(bill).toBeVisible();
  // the queue lists it until it is settled
  await page.goto(`${deskUrl()}#/post-entry`);
  await expect(queueRows(page).filter({ hasText: number }).filter({ hasText: /bill/i })).not.toHaveCount(0);
  await page.goto(`${deskUrl()}#/post-entry/entries/${number}`);

  // no reference: refused in words on the field, nothing recorded
  await bill.getByRole('button', { name: 'Record the bill as settled' }).click();
  await expect(bill.getByLabel('Bill or refund check reference')).toHaveAccessibleDescription(/give the bill or refund check reference/);
  await bill.getByLabel('Bill or refund check reference').fill('CBP bill 2025-118842');
  await bill.getByRole('button', { name: 'Record the bill as settled' }).click();
  await expect(panel).toContainText(`settled on ${isoToday()}, reference CBP bill 2025-118842`);
  await expect(panel.getByRole('table', { name: /^Purchase order / })).toContainText('(settled)');
  await page.goto(`${deskUrl()}#/post-entry`);
  await expect(queueRows(page).first()).toBeVisible();
  await expect(queueRows(page).filter({ hasText: number }).filter({ hasText: /bill/i })).toHaveCount(0);
});

test('the broker dashboard draws its charts, filters change the numbers, and the table and chart download as CSV and PNG', async ({ page }) => {
  await signIn(page, DEMO.specialist);
  await page.goto(`${deskUrl()}#/post-entry/brokers`);
  const table = page.getByRole('table', { name: 'Broker performance' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  const entriesOf = (broker: string) => table.locator('tbody tr').filter({ hasText: broker }).locator('td').first();
  await expect(entriesOf('Harbor Customs Brokers')).toHaveText('5 entries');
  await expect(entriesOf('Pacific Entry Services')).toHaveText('3 entries');

  // both charts are drawn on a canvas with something on it
  const charts = page.locator('.pe-chart');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    const canvas = chart.locator('canvas').first();
    await expect(canvas).toBeVisible();
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
  }

  // the last 100 days: Harbor's entries of 90 and 40 days ago, Pacific's of 10 days ago
  const from = new Date(Date.now() - 100 * 86_400_000);
  await page.getByLabel('Entries from', { exact: true }).fill(from.toISOString().slice(0, 10));
  await expect(entriesOf('Harbor Customs Brokers')).toHaveText('2 entries');
  await expect(entriesOf('Pacific Entry Services')).toHaveText('1 entry');
  // Harbor files at Los Angeles (2704), Pacific at Long Beach (2709)
  await page.getByLabel('Port', { exact: true }).selectOption('2704');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(entriesOf('Harbor Customs Brokers')).toHaveText('2 entries');
  await page.getByLabel('Port', { exact: true }).selectOption('');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await page.getByLabel('Broker', { exact: true }).selectOption('Pacific Entry Services');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(entriesOf('Pacific Entry Services')).toHaveText('1 entry');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export table (CSV)' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^broker-performance-.*\.csv$/);
  const lines = readFileSync((await csv.path())!, 'utf8')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toMatch(/^Broker,Filer codes,Entries,Re-filings,Re-filings per entry,Messages per entry,/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^Pacific Entry Services,316,1,/);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save quality chart (PNG)' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/^broker-quality-.*\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(2000);
});

test('a critical status message imported while the queue is open shows in the badge and the queue without a reload', async ({ page }) => {
  await openQueue(page);
  await expect(badge(page)).toHaveText(/^\d+$/);
  const before = Number(await badge(page).innerText());
  const number = entry('HCB', '0000107');
  const critical = queueRows(page)
    .filter({ has: page.getByRole('cell', { name: 'Critical status message', exact: true }) })
    .filter({ hasText: number });
  await expect(critical).toHaveCount(0);

  const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-status-'));
  try {
    const file = join(dir, 'broker-status.csv');
    const time = `${String(10 + Math.floor(Math.random() * 10))}${String(Math.floor(Math.random() * 60)).padStart(2, '0')}`;
    writeFileSync(
      file,
      [
        'entry number,disposition code,posted date,posted time,quantity,bill of lading,port',
        `${number},1H,${isoToday()},${time},600,MAEU70000107,2704`,
        '',
      ].join('\n'),
    );
    expect(importStatus(file)).toContain('1 new');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await expect(badge(page)).toHaveText(String(before + 1), { timeout: 10_000 });
  await expect(critical).toHaveCount(1);
  await expect(critical).toContainText('code 1H');
  // the list behind the badge links to the entry
  await page.getByRole('button', { name: /^Post-entry alerts/ }).click();
  const list = page.getByRole('region', { name: 'Post-entry alerts' });
  await list.getByRole('link', { name: number }).first().click();
  await expect(page.getByRole('heading', { name: `Entry ${number}` })).toBeVisible();
  // opened: seen, so the badge counts it no more
  await expect(badge(page)).toHaveText(String(before));
});

test('a clerk has no Post-entry tab, no alert badge, and no access by address', async ({ page }) => {
  await signIn(page, DEMO.clerk);
  const nav = page.getByRole('navigation', { name: 'Screens' });
  await expect(nav.getByRole('link', { name: /Post-entry/ })).toHaveCount(0);
  await expect(badge(page)).toHaveCount(0);
  await page.goto(`${deskUrl()}#/post-entry`);
  await expect(page.getByRole('heading', { name: "You don't have access to Post-entry" })).toBeVisible();
});
