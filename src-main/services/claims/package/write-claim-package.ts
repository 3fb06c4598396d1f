import { AppError } from '../../../../src-shared/errors';
import type { ClaimPackage } from '../claim-package';
import { claimPackageCsv } from './claim-csv';
import { claimPackageJson } from './claim-json';
import { renderClaimPdf } from './claim-pdf';
import { claimPackageWorksheet } from './claim-worksheet';

export const CLAIM_PACKAGE_FORMATS = ['json', 'csv', 'worksheet', 'pdf'] as const;
export type ClaimPackageFormat = (typeof CLAIM_PACKAGE_FORMATS)[number];

/** The package in one format, as the bytes to save (text formats as UTF-8). */
export async function writeClaimPackage(pkg: ClaimPackage, format: ClaimPackageFormat): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(claimPackageJson(pkg), 'utf8');
    case 'csv':
      return Buffer.from(claimPackageCsv(pkg), 'utf8');
    case 'worksheet':
      return Buffer.from(claimPackageWorksheet(pkg), 'utf8');
    case 'pdf':
      return renderClaimPdf(pkg);
    default:
      // a format named on the command line or over IPC arrives unchecked at run time
      throw new AppError('VALIDATION', `"${String(format satisfies never)}" is not a claim package format: use one of ${CLAIM_PACKAGE_FORMATS.join(', ')}`, [
        { field: 'format', message: 'unknown format' },
      ]);
  }
}
