import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { claimsDeskUrl, DEMO, openClaims, signIn } from './desk';
import { proofOfExportChoices } from '../../src-shared/domain/export-documents';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * The seed scenario on the claims desk: 1,000 T-shirts imported under 2023-000123 ($5,000.00 duty),
 * 400 exported on 2023-11-06 as EXP-2023-1106 with no bill of lading (matched when it was recorded)
 * from two lots, so the claim has two lines on one shipment. Only this spec drafts the November 2023 claim.
 */
test('specialist drafts the Nov 2023 claim at $1,980.00; Approve stays disabled with its reason until the bill of lading is in and the exception resolved; the package downloads', async ({
  page: specialist,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  // The supervisor works at another desk at the same time (a second browser context, its own session).
  const supervisorDesk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await seedScenario(specialist, await supervisorDesk.newPage(), testInfo.outputPath.bind(testInfo));
  } finally {
    await supervisorDesk.close();
  }
});

async function seedScenario(specialist: Page, supervisor: Page, outputPath: (name: string) => string) {
  await signIn(specialist, DEMO.specialist, claimsDeskUrl());
  await openClaims(specialist);

  // Matching on demand, with its progress bar fed by matching:run-changed; main says what it did in words.
  const matching = specialist.getByRole('region', { name: 'Matching' });
  await matching.getByRole('button', { name: 'Run matching' }).click();
  const bar = matching.getByRole('progressbar', { name: 'Matching progress' });
  await expect(bar).toBeVisible();
  await expect(matching.getByRole('status')).toContainText(/could be matched|matched [\d,]+ of [\d,]+ export lines/, { timeout: 30_000 });
  await expect(matching.getByRole('status')).toContainText(/other export lines were already matched/);
  const max = await bar.getAttribute('aria-valuemax');
  expect(Number(max)).toBeGreaterThan(0);
  await expect(bar).toHaveAttribute('aria-valuenow', max!);
  // Run again for the two demo shipments, both matched when they were recorded: nothing ran, and it says so.
  await matching.getByLabel('Shipments').fill('EXP-2023-1106 EXP-2023-1212');
  await matching.getByRole('button', { name: 'Run matching' }).click();
  await expect(matching.getByRole('status')).toHaveText('nothing new to match: all 2 export lines were already matched');
  await expect(matching.getByRole('progressbar')).toHaveCount(0);
  await matching.getByLabel('Shipments').fill('');

  // Draft from the keyboard: Enter submits.
  const form = specialist.getByRole('form', { name: 'Draft claim' });
  await form.getByLabel('Provision').selectOption('unused-direct-identification');
  await form.getByLabel('Claimant').fill('Northwind Apparel Inc.');
  await form.getByLabel('Exports from').fill('2023-11-01');
  await form.getByLabel('Exports to').fill('2023-11-30');
  await form.getByLabel('Claim date').fill('2024-03-04');
  await form.getByLabel('Claimant').press('Enter');
  const title = specialist.getByRole('heading', { name: /^Claim DD-\d{4}-\d{4,6}/ });
  await expect(title).toContainText('draft');
  const claimNumber = (await title.innerText()).match(/DD-\d{4}-\d{4,6}/)![0];
  await expect(specialist.getByLabel('Claim totals')).toContainText('Total refund$1,980.00');
  await expect(specialist.getByLabel('Claim totals')).toContainText('Duty paid$2,000.00');

  // Both lines draw on EXP-2023-1106, which has no bill of lading: both show its exception, not only the first.
  const grid = specialist.getByRole('grid', { name: 'Claim lines' });
  const row = (lineNo: number) => grid.getByRole('row').filter({ has: specialist.getByRole('gridcell', { name: String(lineNo), exact: true }) });
  await expect(row(1)).toContainText('⚠ 1');
  await expect(row(2)).toContainText('EXP-2023-1106');
  await expect(row(2)).toContainText('⚠ 1');

  const exception = specialist.getByRole('listitem', { name: 'Missing proof of export' });
  await expect(exception).toContainText('shipment EXP-2023-1106 has no bill of lading');
  // Two items are the person's to tick; the desk ticks "Attach the document" from the ledger, so it is no box.
  await expect(exception.getByRole('checkbox')).toHaveCount(2);
  const attach = exception.getByRole('list', { name: 'Checklist' }).getByRole('listitem').filter({ hasText: 'Attach the document to the shipment' });
  await expect(attach).toContainText('ticked by the desk once a document that proves export (19 CFR 190.72) is attached to shipment EXP-2023-1106');
  await expect(attach.getByRole('checkbox')).toHaveCount(0);
  await specialist.screenshot({ path: outputPath('claims-drafted-1280x800.png') });

  await specialist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(title).toContainText('in review');

  // The supervisor sees Approve disabled while the exception is open, with main's reason beside it.
  await signIn(supervisor, DEMO.supervisor, claimsDeskUrl());
  await openClaims(supervisor);
  await supervisor.getByRole('button', { name: claimNumber, exact: true }).click();
  const approve = supervisor.getByRole('button', { name: 'Approve claim' });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription(
    `claim ${claimNumber} cannot be approved: 1 open exception, first: claim line 1: shipment EXP-2023-1106 has no bill of lading or other document proving export (19 CFR 190.72(b)); attach one of: ${proofOfExportChoices()}; resolve it first`,
  );
  await expect(supervisor.getByRole('group', { name: 'Claim actions' })).toContainText(`claim ${claimNumber} cannot be approved: 1 open exception`);
  await expect(supervisor.getByRole('heading', { name: /^Claim DD-/ })).toContainText('in review');

  // The specialist works the exception: the person's items, a refused resolve, the bill of lading, resolve.
  for (const box of await exception.getByRole('checkbox').all()) {
    await box.check();
    await expect(box).toBeChecked();
  }
  await resolve(specialist, 'carrier says it was shipped');
  await expect(specialist.getByRole('alert').filter({ hasText: 'Not resolved' })).toContainText(
    'finish the checklist first: "Attach the document to the shipment"',
  );

  // The document is attached from the second line's evidence: the sibling line carries the exception too.
  await grid.focus();
  await specialist.keyboard.press('ArrowDown');
  await specialist.keyboard.press('Enter');
  const evidence = specialist.getByRole('region', { name: 'Evidence for line 2' });
  await expect(evidence.getByLabel('Export shipment')).toContainText('EXP-2023-1106');
  await expect(evidence.getByLabel('Export shipment')).toContainText('Proof of exportno');
  await expect(evidence.getByLabel('Exceptions on this line')).toContainText('shipment EXP-2023-1106 has no bill of lading');
  await specialist.screenshot({ path: outputPath('claims-evidence-1280x800.png') });
  const addDocument = evidence.getByRole('form', { name: 'Add a document to EXP-2023-1106' });
  await addDocument.getByLabel('Document', { exact: true }).selectOption('bill-of-lading');
  await addDocument.getByLabel('Number', { exact: true }).fill('MAEU231106777');
  await addDocument.getByLabel('Date', { exact: true }).fill('2023-11-06');
  await addDocument.getByLabel('Number', { exact: true }).press('Enter');
  await expect(addDocument.getByRole('status')).toHaveText('Bill of lading MAEU231106777 attached to EXP-2023-1106.');
  await expect(evidence.getByLabel('Documents')).toContainText('MAEU231106777');
  await expect(evidence.getByLabel('Export shipment')).toContainText('Proof of exportyes');
  // the desk has ticked its item from the ledger
  await expect(attach).toContainText('done: checked by the desk');

  await resolve(specialist, 'bill of lading MAEU231106777 attached and checked');
  await expect(exception).toContainText('resolved');
  await expect(specialist.getByLabel('Claim totals')).toContainText('Open exceptions0');
  await expect(row(2)).toContainText('ok');

  // The supervisor's screen has followed along (claims:changed); Approve is enabled and goes through.
  await expect(supervisor.getByLabel('Claim totals')).toContainText('Open exceptions0');
  await expect(approve).toBeEnabled();
  await approve.click();
  await expect(supervisor.getByRole('heading', { name: /^Claim DD-/ })).toContainText('approved');
  await expect(supervisor.getByRole('alert').filter({ hasText: 'Not approved' })).toHaveCount(0);
  await supervisor.getByText('History (3)').click();
  await expect(supervisor.getByRole('list', { name: 'Claim history' }).getByRole('listitem')).toHaveText([
    /^draft .* by specialist/,
    /^in review .* by specialist/,
    /^approved .* by supervisor/,
  ]);
  await expect(specialist.getByRole('heading', { name: /^Claim DD-/ })).toContainText('approved');
  await expect(specialist.getByRole('table', { name: 'Claims' }).getByRole('row', { name: new RegExp(claimNumber) })).toContainText('approved');
  await specialist.screenshot({ path: outputPath('claims-approved-full-page.png'), fullPage: true });

  // The approved claim's package is exported from its screen: the JSON and the print-ready PDF download.
  const claimPackage = specialist.getByRole('group', { name: 'Claim package' });
  const json = await download(specialist, claimPackage.getByRole('button', { name: 'JSON' }));
  expect(json.name).toBe(`${claimNumber}-package.json`);
  const parsed = JSON.parse(json.bytes.toString('utf8')) as { claim: { number: string; state: string; totalRefund: string }; lines: unknown[] };
  expect(parsed.claim).toMatchObject({ number: claimNumber, state: 'approved', totalRefund: '1980.00' });
  expect(parsed.lines).toHaveLength(2);
  const pdf = await download(specialist, claimPackage.getByRole('button', { name: 'PDF (print)' }));
  expect(pdf.name).toBe(`${claimNumber}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(claimPackage.getByRole('status')).toContainText(`Saved ${claimNumber}.pdf`);
}

/** Clicks a button that saves a file and returns what the browser downloaded. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function resolve(page: Page, note: string) {
  const form = page.getByRole('form', { name: 'Resolve Missing proof of export' });
  await form.getByLabel('How it was resolved').fill(note);
  await form.getByLabel('How it was resolved').press('Enter');
}
