import type { AppErrorShape } from '../../src-shared/errors';
import { fieldId } from './field-errors';

interface ErrorSummaryProps {
  title: string;
  error: AppErrorShape;
  /** the form's id prefix, so each issue links to its field */
  form: string;
  /** human labels for field names; unknown fields are shown as main named them */
  labels: Partial<Record<string, string>>;
}

/** The summary at the top of a form: what went wrong, with a link to each field that needs fixing. */
export function ErrorSummary({ title, error, form, labels }: ErrorSummaryProps) {
  const issues = error.issues ?? [];
  return (
    <div className="error-summary" role="alert">
      <h2>{title}</h2>
      {issues.length === 0 ? (
        <p>{error.message}</p>
      ) : (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.field}:${issue.message}`}>
              <a
                href={`#${fieldId(form, issue.field)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldId(form, issue.field))?.focus();
                }}
              >
                {labels[issue.field] ?? issue.field}
              </a>
              : {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
