import type { ActionState, ClaimPackageFile, PackageFormat } from '../../../src-shared/domain/claims';
import { useDeskMutation } from '../../app/desk-query';
import { formatCount } from '../../ui/format';
import { Problem } from '../../ui/problem';
import { saveBase64 } from '../../ui/save-file';

const FORMATS: { format: PackageFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'the whole package, for another system' },
  { format: 'csv', label: 'CSV', hint: 'one row per claim line, for a spreadsheet' },
  { format: 'worksheet', label: 'Worksheet', hint: 'grouped like the drawback claim record' },
  { format: 'pdf', label: 'PDF (print)', hint: 'the print-ready package' },
];

/** The claim package from the claim's screen: main builds it, the browser saves it under main's file name. */
export function ClaimPackageButtons({ claimNumber, state }: { claimNumber: string; state: ActionState }) {
  const action = useDeskMutation('claims:export-package', { onSuccess: (file) => saveBase64(file.base64, file.fileName, file.mediaType) });
  const saved = (file: ClaimPackageFile) => `Saved ${file.fileName} (${formatCount(file.bytes, 'byte')}).`;
  const reasonId = `package-reason-${claimNumber}`;
  return (
    <div className="claim-package" role="group" aria-label="Claim package">
      <span className="claim-package__title">Claim package</span>
      {FORMATS.map(({ format, label, hint }) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          title={hint}
          disabled={!state.allowed || action.isPending}
          aria-describedby={state.allowed ? undefined : reasonId}
          onClick={() => action.mutate({ claimNumber, format })}
        >
          {label}
        </button>
      ))}
      {!state.allowed && (
        <span id={reasonId} className="action-reason">
          {state.reason}
        </span>
      )}
      {action.isPending && <span className="muted">Building the package…</span>}
      <span className="notice-line" role="status">
        {action.data ? saved(action.data) : null}
      </span>
      {action.error && <Problem title="The package was not exported" error={action.error} />}
    </div>
  );
}
