import type { ScanFeedback } from './use-receipt-scanner';

/** "Scanned: …" after every scan, announced politely; problems stand out. */
export function ScanStatus({ feedback }: { feedback: ScanFeedback | null }) {
  return (
    <p className={`scan-status ${feedback ? `scan-status--${feedback.tone}` : ''}`} role="status" aria-live="polite">
      {feedback ? feedback.text : 'Scanner ready: scan a pallet label or type.'}
    </p>
  );
}
