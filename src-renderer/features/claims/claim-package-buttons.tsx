import type { ActionState, ClaimPackageFile, PackageFormat } from '../../../src-shared/domain/claims';
import { formatQuantity } from '../../ui/format';
import { ClaimProblem } from './claim-problem';
import { saveBase64 } from './save-file';
import { useAction } from './use-action';
import { useDeskClient } from '../../app/client-context';

const FORMATS: { format: PackageFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'the whole package, for another system' },
  { format: 'csv', label: 'CSV', hint: 'one row per claim line, for a spreadsheet' },
  { format: 'worksheet', label: 'Worksheet', hint: 'grouped like the drawback claim record' },
  { format: 'pdf', label: 'PDF (print)', hint: 'the print-ready package' },
];

/** The claim package from the claim's screen: main builds it, the browser saves it under main's file name. */
export function ClaimPackageButtons({ claimNumber, state }: { claimNumber: string; state: ActionState }) {
  const client = useDeskClient();
  const action = useAction<ClaimPackageFile>();
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
          disabled={!state.allowed || action.pending}
          aria-describedby={state.allowed ? undefined : reasonId}
          onClick={() =>
            void action.run(
              () => client.invoke('claims:export-package', { claimNumber, format }),
              (file) => {
                saveBase64(file.base64, file.fileName, file.mediaType);
                return `Saved ${file.fileName} (${formatQuantity(file.bytes)} bytes).`;
              },
            )
          }
        >
          {label}
        </button>
      ))}
      {!state.allowed && (
        <span id={reasonId} className="action-reason">
          {state.reason}
        </span>
      )}
      {action.pending && <span className="muted">Building the package…</span>}
      <span className="notice-line" role="status">
        {action.notice}
      </span>
      {action.error && <ClaimProblem title="The package was not exported" error={action.error} />}
    </div>
  );
}
