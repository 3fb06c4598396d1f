import type { AppErrorShape } from '../../../src-shared/errors';
import { ErrorSummary } from '../../ui/error-summary';

interface ClaimProblemProps {
  title: string;
  error: AppErrorShape;
  /** the form whose fields main's issues name; without one, issues are listed as main gave them */
  form?: string;
  labels?: Partial<Record<string, string>>;
}

/**
 * Main's refusal, next to what caused it. A form's validation errors get the house ErrorSummary
 * (links to the fields); any other refusal (a claim that cannot be approved, a problem still there)
 * shows main's message in full, with the lines it names.
 */
export function ClaimProblem({ title, error, form, labels = {} }: ClaimProblemProps) {
  if (form && error.code === 'VALIDATION' && (error.issues?.length ?? 0) > 0) return <ErrorSummary title={title} error={error} form={form} labels={labels} />;
  const issues = (error.issues ?? []).filter((i) => i.message !== error.message && !error.message.includes(i.message));
  return (
    <div className="error-summary claim-problem" role="alert">
      <h3>{title}</h3>
      <p>{error.message}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((i) => (
            <li key={`${i.field}:${i.message}`}>
              {i.field}: {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
