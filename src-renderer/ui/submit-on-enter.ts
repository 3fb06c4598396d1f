import type { KeyboardEvent } from 'react';

/** Enter on a select or a checkbox submits the form too (browsers submit only from text inputs): keyboard-first. */
export function submitOnEnter(e: KeyboardEvent<HTMLFormElement>): void {
  const t = e.target;
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.shiftKey) return;
  if (t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type === 'checkbox')) {
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }
}
