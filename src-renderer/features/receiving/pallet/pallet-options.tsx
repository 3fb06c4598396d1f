import { Field } from '../../../ui/field';
import type { PalletSteps } from '../use-receipt-submit';
import type { PalletCapabilities } from './use-pallet-settings';

/** Label and tag choices for the pallet being received; what the desk is not set up for is said, not hidden. */
export function PalletOptions({
  steps,
  onSteps,
  capabilities,
}: {
  steps: PalletSteps;
  onSteps(steps: PalletSteps): void;
  capabilities: PalletCapabilities | null;
}) {
  if (!capabilities) return null;
  if (!capabilities.sscc)
    return <p className="field-hint pallet-options">No pallet label or tag: this desk has no GS1 company prefix yet (a supervisor sets it in Settings).</p>;
  return (
    <div className="pallet-options">
      <Field
        form="receipt"
        name="printLabel"
        checkbox
        label={
          <>
            Print pallet label <kbd>Alt+L</kbd>
          </>
        }
        hint={capabilities.printer ? `on ${capabilities.printer}` : 'no label printer is set (Settings)'}
      >
        {(control) => (
          <input
            {...control}
            type="checkbox"
            name="printLabel"
            checked={steps.label && capabilities.printer !== ''}
            onChange={(e) => onSteps({ ...steps, label: e.target.checked })}
          />
        )}
      </Field>
      <Field
        form="receipt"
        name="writeTag"
        checkbox
        label={
          <>
            Write RFID tag <kbd>Alt+T</kbd>
          </>
        }
        hint={capabilities.reader ? `with ${capabilities.reader}` : 'no RFID reader is set (Settings)'}
      >
        {(control) => (
          <input
            {...control}
            type="checkbox"
            name="writeTag"
            checked={steps.tag && capabilities.reader !== ''}
            onChange={(e) => onSteps({ ...steps, tag: e.target.checked })}
          />
        )}
      </Field>
    </div>
  );
}
