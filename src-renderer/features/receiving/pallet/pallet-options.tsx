import { CheckboxField } from '../../../ui/checkbox-field';
import type { PalletSteps } from '../use-receipt-submit';
import type { PalletCapabilities } from './use-pallet-settings';

/** Label and tag choices for the pallet being received; what the desk is not set up for is said, not hidden. */
export function PalletOptions({ steps, onSteps, capabilities }: { steps: PalletSteps; onSteps(steps: PalletSteps): void; capabilities: PalletCapabilities | null }) {
  if (!capabilities) return null;
  if (!capabilities.sscc) return <p className="field-hint pallet-options">No pallet label or tag: this desk has no GS1 company prefix yet (a supervisor sets it in Settings).</p>;
  return (
    <div className="pallet-options">
      <CheckboxField
        form="receipt"
        name="printLabel"
        label={
          <>
            Print pallet label <kbd>Alt+L</kbd>
          </>
        }
        checked={steps.label && capabilities.printer !== ''}
        onChecked={(label) => onSteps({ ...steps, label })}
        hint={capabilities.printer ? `on ${capabilities.printer}` : 'no label printer is set (Settings)'}
      />
      <CheckboxField
        form="receipt"
        name="writeTag"
        label={
          <>
            Write RFID tag <kbd>Alt+T</kbd>
          </>
        }
        checked={steps.tag && capabilities.reader !== ''}
        onChecked={(tag) => onSteps({ ...steps, tag })}
        hint={capabilities.reader ? `with ${capabilities.reader}` : 'no RFID reader is set (Settings)'}
      />
    </div>
  );
}
