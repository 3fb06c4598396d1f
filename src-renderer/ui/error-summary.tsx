import type { FieldErrors } from 'react-hook-form';
import { errorOf, fieldId, ROOT_ERROR } from './form-errors';

interface ErrorSummaryProps {
  title: string;
  /** the form's errors: its own checks (the shared schemas) and main's, placed by setMainErrors */
  errors: FieldErrors;
  /** the form's id prefix, so each message links to its field */
  form: string;
  /** the fields in the order they appear, with the label a person sees */
  labels: Readonly<Record<string, string>>;
}

/**
 * The summary at the top of a form: each problem under the field's label, linking to the field;
 * a refusal that belongs to no field in main's words. Nothing when the form has no problem.
 */
export function ErrorSummary({ title, errors, form, labels }: ErrorSummaryProps) {
  const fields = Object.entries(labels).flatMap(([name, label]) => {
    const message = errorOf(errors, name);
    return message ? [{ name, label, message }] : [];
  });
  const general = errorOf(errors, ROOT_ERROR);
  if (fields.length === 0 && !general) return null;
  return (
    <div className="error-summary" role="alert">
      <h2>{title}</h2>
      {general && <p>{general}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map(({ name, label, message }) => (
            <li key={name}>
              <a
                href={`#${fieldId(form, name)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldId(form, name))?.focus();
                }}
              >
                {label}
              </a>
              : {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
