import type { ClaimPackageFile, PackageFormat } from '../../../src-shared/domain/claims';
import type { ServiceContext } from '../service-context';
import { buildClaimPackage } from './claim-package';
import { writeClaimPackage } from './package/write-claim-package';

/** The name a saved package is offered under, and its media type, per format. */
const FILES: Record<PackageFormat, { suffix: string; mediaType: string }> = {
  json: { suffix: '-package.json', mediaType: 'application/json' },
  csv: { suffix: '-lines.csv', mediaType: 'text/csv' },
  worksheet: { suffix: '-worksheet.csv', mediaType: 'text/csv' },
  pdf: { suffix: '.pdf', mediaType: 'application/pdf' },
};

/**
 * The claim package as a file for the claim's screen to save (the PDF is the print-ready package): the
 * same package and writers as `drawback-desk claim export`. The ledger is read before the first await;
 * only the writing (the PDF's rendering) is waited for. Main writes no file: the screen saves the bytes.
 */
export async function claimPackageFile(ctx: ServiceContext, number: string, format: PackageFormat): Promise<ClaimPackageFile> {
  const pkg = buildClaimPackage(ctx, number);
  const bytes = await writeClaimPackage(pkg, format);
  const { suffix, mediaType } = FILES[format];
  return { claimNumber: pkg.claim.number, format, fileName: `${pkg.claim.number}${suffix}`, mediaType, base64: bytes.toString('base64'), bytes: bytes.length };
}
