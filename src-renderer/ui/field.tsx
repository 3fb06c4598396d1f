import type { ReactNode } from 'react';
import { fieldId } from './form-errors';

/** What the input in a Field's slot spreads onto itself: its id, and where its hint and error are. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  /** the form's id prefix and the field's name (main's `issues[].field`): together the input's id */
  form: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** the message for this field (the form's own check or main's), shown under it and announced with it */
  error?: string;
  /** a checkbox: the box first, its label beside it */
  checkbox?: boolean;
  className?: string;
  /** the input itself: `{(control) => <input {...control} {...register(name)} />}` */
  children(control: FieldControlProps): ReactNode;
}

/**
 * The one labelled field of the desk: label, the input (whatever it is), a hint and the error under
 * it; the input is described by both and marked invalid while there is an error.
 */
export function Field({ form, name, label, hint, error, checkbox, className, children }: FieldProps) {
  const id = fieldId(form, name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const control = children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined });
  const labelled = <label htmlFor={id}>{label}</label>;
  return (
    <div className={['field', checkbox ? 'field--checkbox' : '', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      {checkbox ? (
        <>
          {control}
          {labelled}
        </>
      ) : (
        <>
          {labelled}
          {control}
        </>
      )}
      {hint && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
