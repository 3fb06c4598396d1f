import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderClaimPdf } from '../../../src-main/services/claims/package/claim-pdf';
import { ENTRIES } from '../../helpers/seed';
import { createTestDesk, type TestDesk } from '../../helpers/test-desk';
import { manyLinePackage, seedScenarioPackage } from './claim-fixtures';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

/** Writes the PDF into the test's temp folder and reads it back the way a person's viewer would. */
function inspect(pdf: Buffer, name = 'claim.pdf') {
  const path = join(t.dir, name);
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  // pdftotext ends every page with a form feed
  return { path, pages, text, perPage: text.split('\f').slice(0, -1) };
}

describe('the claim package as a PDF', () => {
  it('summarises the claim, lists its lines and indexes its export documents', async () => {
    const pkg = await seedScenarioPackage(t, {
      documents: [
        { kind: 'bill-of-lading', reference: 'MAEU998877', documentDate: '2023-11-06' },
        { kind: 'eei-filing', reference: 'X20231106000001', documentDate: '2023-11-03' },
      ],
    });
    const pdf = await renderClaimPdf(pkg);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { path, pages, text: all, perPage } = inspect(pdf);
    const summary = perPage[0]!;
    expect(summary).toContain(`Drawback claim ${pkg.claim.number}`);
    expect(summary).toContain('Northwind Apparel Inc.');
    expect(summary).toContain('1313(j)(1) unused merchandise, direct identification');
    expect(summary).toContain('2023-11-01 to 2023-11-30');
    expect(summary).toMatch(/Total duty paid\s+\$2,000\.00/);
    expect(summary).toMatch(/Total refund\s+\$1,980\.00/);
    expect(summary).toMatch(/Open exceptions\s+0/);
    expect(summary).toContain(`Page 1 of ${pages}`);
    expect(all).toMatch(new RegExp(`1\\s+EXP-0001 / 1\\s+2023-11-06\\s+TSHIRT-COT-M\\s+250 EA\\s+${ENTRIES.a} / 1\\s+2023-05-01\\s+NW-A\\s+\\$1,237\\.50`));
    expect(all).toMatch(/EXP-0001\s+bill-of-lading\s+MAEU998877\s+2023-11-06/);
    expect(all).toMatch(/EXP-0001\s+eei-filing\s+X20231106000001\s+2023-11-03/);
    expect(all).toContain('No open exceptions.');

    // A person's look at page 1: pdftoppm renders it; a blank Letter page at 72 dpi is ~1 KB.
    execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', path, join(t.dir, 'page')]);
    const png = join(t.dir, 'page-1.png');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });

  it('lists the open exceptions, such as a shipment without a bill of lading', async () => {
    const pkg = await seedScenarioPackage(t, { documents: [{ kind: 'commercial-invoice', reference: 'INV-7781' }] });
    const { text: all } = inspect(await renderClaimPdf(pkg));
    expect(all).toMatch(/Open exceptions\s+1/);
    expect(all).toMatch(/missing-proof-of-export\s+1\s+.*shipment EXP-0001 has no bill of lading/);
    expect(all).toMatch(/EXP-0001\s+commercial-invoice\s+INV-7781/);
    expect(all).not.toContain('No open exceptions.');
  });

  it('wraps a lot code wider than its column inside the column, without adding hyphens to it', async () => {
    const lot = 'LOT-WITH-A-RATHER-LONG-CODE-0000000001';
    const pkg = await seedScenarioPackage(t, { lots: [lot, 'NW-B', 'NW-C', 'NW-D'] });
    const { path } = inspect(await renderClaimPdf(pkg));
    const words = [
      ...execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', path, '-'], { encoding: 'utf8' }).matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: m[4]! }));
    const lotColumn = words.find((w) => w.text === 'Lot')!.x0;
    const refund = words.find((w) => w.text === '$1,237.50')!;
    const nextRow = words.find((w) => w.text === '$742.50')!;
    const pieces = words.filter((w) => w.x0 >= lotColumn - 1 && w.x0 < refund.x0 && w.y >= refund.y - 1 && w.y < nextRow.y - 1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((w) => w.text).join('')).toBe(lot);
    for (const w of pieces) expect(w.x1).toBeLessThan(refund.x0);
  });

  it('paginates 3,000 claim lines with the table header and page numbers on every page', async () => {
    const pkg = await manyLinePackage(t, 3_000);
    const { pages, perPage } = inspect(await renderClaimPdf(pkg));
    expect(pages).toBeGreaterThan(40);
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages}`));
    // after the summary, the lines run onto page after page, each under its own header row
    const linePages = perPage.filter((page) => /EXP-BOLTS \/ \d+/.test(page));
    expect(linePages).toEqual(perPage.slice(1, 1 + linePages.length));
    expect(linePages.length).toBe(pages - 3);
    linePages.forEach((page) => expect(page).toMatch(/Line\s+Export \/ line\s+Export date\s+SKU\s+Qty\s+Entry \/ line\s+Import date\s+Lot\s+Refund/));
    const lineNumbers = linePages.flatMap((page) => [...page.matchAll(/^\s*(\d+)\s+EXP-BOLTS \/ \d+/gm)].map((m) => Number(m[1])));
    expect(lineNumbers).toEqual(Array.from({ length: 3_000 }, (_, i) => i + 1));
    expect(perPage.at(-2)).toMatch(/Document index[\s\S]*EXP-BOLTS\s+bill-of-lading\s+OOLU5550001/);
    expect(perPage.at(-1)).toMatch(/Open exceptions\s+No open exceptions\./);
  }, 120_000);
});
