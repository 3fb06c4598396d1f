import type { AppErrorShape } from '../../src-shared/errors';

interface ProblemProps {
  title: string;
  error: AppErrorShape;
  /** heading level inside the panel it sits in */
  level?: 2 | 3;
}

/**
 * Main's refusal of something that is not a form (a claim that cannot be approved, a list that
 * could not be loaded): the message in full and any further problems it names, in words only.
 */
export function Problem({ title, error, level = 3 }: ProblemProps) {
  const more = [...new Set((error.issues ?? []).map((i) => i.message))].filter((m) => !error.message.includes(m));
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="error-summary problem" role="alert">
      <Heading>{title}</Heading>
      <p>{error.message}</p>
      {more.length > 0 && (
        <ul>
          {more.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
