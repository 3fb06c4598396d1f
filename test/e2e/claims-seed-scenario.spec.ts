import { expect, test, type Page } from '@playwright/test';
import { claimsDeskUrl, DEMO, openClaims, signIn } from './desk';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * The seed scenario on the claims desk: 1,000 T-shirts imported under 2023-000123 ($5,000.00 duty),
 * 400 exported on 2023-11-06 as EXP-2023-1106 with no bill of lading (matched when it was recorded).
 * Only this spec drafts the November 2023 claim.
 */
test('specialist drafts the Nov 2023 claim at $1,980.00; approval is refused until the bill of lading is in and the exception resolved', async ({ page: specialist, browser }, testInfo) => {
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

  // Matching on demand, with its progress bar fed by matching:run-changed.
  const matching = specialist.getByRole('region', { name: 'Matching' });
  await matching.getByRole('button', { name: 'Run matching' }).click();
  const bar = matching.getByRole('progressbar', { name: 'Matching progress' });
  await expect(bar).toBeVisible();
  await expect(matching.getByRole('status')).toContainText(/\d+ of [\d,]+ export lines matched in full, \d+ in part; \d+ units allocated/, { timeout: 30_000 });
  const max = await bar.getAttribute('aria-valuemax');
  expect(Number(max)).toBeGreaterThan(0);
  await expect(bar).toHaveAttribute('aria-valuenow', max!);

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

  const exception = specialist.getByRole('listitem', { name: 'Missing proof of export' });
  await expect(exception).toContainText('shipment EXP-2023-1106 has no bill of lading');
  await expect(exception.getByRole('checkbox')).toHaveCount(3);
  await specialist.screenshot({ path: outputPath('claims-drafted-1280x800.png') });

  await specialist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(title).toContainText('in review');

  // The supervisor's approval is refused, with main's reason naming the open exception.
  await signIn(supervisor, DEMO.supervisor, claimsDeskUrl());
  await openClaims(supervisor);
  await supervisor.getByRole('button', { name: claimNumber, exact: true }).click();
  await supervisor.getByRole('button', { name: 'Approve claim' }).click();
  const refusal = supervisor.getByRole('alert').filter({ hasText: 'Not approved' });
  await expect(refusal).toContainText(`claim ${claimNumber} cannot be approved: 1 open exception`);
  await expect(refusal).toContainText('shipment EXP-2023-1106 has no bill of lading');
  await expect(supervisor.getByRole('heading', { name: /^Claim DD-/ })).toContainText('in review');

  // The specialist works the exception: checklist, a refused resolve, the bill of lading, resolve.
  for (const box of await exception.getByRole('checkbox').all()) {
    await box.check();
    await expect(box).toBeChecked();
  }
  await resolve(specialist, 'carrier says it was shipped');
  await expect(specialist.getByRole('alert').filter({ hasText: 'Not resolved' })).toContainText('the problem is still there');

  const grid = specialist.getByRole('grid', { name: 'Claim lines' });
  await grid.focus();
  await specialist.keyboard.press('Enter'); // the first line: 250 units of lot NW-2305-A on EXP-2023-1106
  const evidence = specialist.getByRole('region', { name: 'Evidence for line 1' });
  await expect(evidence.getByLabel('Export shipment')).toContainText('EXP-2023-1106');
  await expect(evidence.getByLabel('Export shipment')).toContainText('Proof of exportno');
  await specialist.screenshot({ path: outputPath('claims-evidence-1280x800.png') });
  const addDocument = evidence.getByRole('form', { name: 'Add a document to EXP-2023-1106' });
  await addDocument.getByLabel('Document', { exact: true }).selectOption('bill-of-lading');
  await addDocument.getByLabel('Number', { exact: true }).fill('MAEU231106777');
  await addDocument.getByLabel('Date', { exact: true }).fill('2023-11-06');
  await addDocument.getByLabel('Number', { exact: true }).press('Enter');
  await expect(addDocument.getByRole('status')).toHaveText('Bill of lading MAEU231106777 attached to EXP-2023-1106.');
  await expect(evidence.getByLabel('Documents')).toContainText('MAEU231106777');
  await expect(evidence.getByLabel('Export shipment')).toContainText('Proof of exportyes');

  await resolve(specialist, 'bill of lading MAEU231106777 attached and checked');
  await expect(exception).toContainText('resolved');
  await expect(specialist.getByLabel('Claim totals')).toContainText('Open exceptions0');

  // The supervisor's screen has followed along (claims:changed); now approval goes through.
  await expect(supervisor.getByLabel('Claim totals')).toContainText('Open exceptions0');
  await supervisor.getByRole('button', { name: 'Approve claim' }).click();
  await expect(supervisor.getByRole('heading', { name: /^Claim DD-/ })).toContainText('approved');
  await expect(supervisor.getByRole('alert').filter({ hasText: 'Not approved' })).toHaveCount(0);
  await supervisor.getByText('History (3)').click();
  await expect(supervisor.getByRole('list', { name: 'Claim history' }).getByRole('listitem')).toHaveText([/^draft .* by specialist/, /^in review .* by specialist/, /^approved .* by supervisor/]);
  await expect(specialist.getByRole('heading', { name: /^Claim DD-/ })).toContainText('approved');
  await expect(specialist.getByRole('table', { name: 'Claims' }).getByRole('row', { name: new RegExp(claimNumber) })).toContainText('approved');
  await specialist.screenshot({ path: outputPath('claims-approved-full-page.png'), fullPage: true });
}

async function resolve(page: Page, note: string) {
  const form = page.getByRole('form', { name: 'Resolve Missing proof of export' });
  await form.getByLabel('How it was resolved').fill(note);
  await form.getByLabel('How it was resolved').press('Enter');
}
