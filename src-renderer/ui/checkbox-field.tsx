import type { ReactNode } from 'react';
import { fieldId } from './field-errors';

interface CheckboxFieldProps {
  form: string;
  name: string;
  label: ReactNode;
  checked: boolean;
  onChecked(checked: boolean): void;
  error?: string;
  hint?: string;
}

export function CheckboxField({ form, name, label, checked, onChecked, error, hint }: CheckboxFieldProps) {
  const id = fieldId(form, name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--checkbox ${error ? 'field--invalid' : ''}`}>
      <input type="checkbox" id={id} name={name} checked={checked} onChange={(e) => onChecked(e.target.checked)} aria-describedby={described} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
