import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { fieldId } from './field-errors';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> {
  form: string;
  name: string;
  label: string;
  value: string;
  onValue(value: string): void;
  error?: string;
  hint?: ReactNode;
  selectRef?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

/** A labelled select with the same error placement as TextField. */
export function SelectField({ form, name, label, value, onValue, error, hint, selectRef, children, className, ...rest }: SelectFieldProps) {
  const id = fieldId(form, name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        {...rest}
        id={id}
        name={name}
        ref={selectRef}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      >
        {children}
      </select>
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
