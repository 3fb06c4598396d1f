import type { ScanEvent } from '../../../../src-shared/scanning/scan-event';
import { useShortcuts } from '../../../app/use-shortcuts';
import { useCameraScanner, type CameraState } from './use-camera-scanner';
import './camera.css';

function statusText(state: CameraState): string {
  switch (state.status) {
    case 'off':
      return 'Camera off.';
    case 'starting':
      return 'Camera starting… allow camera access if the desk asks.';
    case 'scanning':
      return `Scanning with ${state.camera}: hold the barcode flat and still in the frame.`;
    case 'problem':
      return state.message;
  }
}

/**
 * "Scan with camera" (Alt+K) for desks without a scanner: a small live preview, and every barcode
 * the camera reads is handed to the screen's scan handling as one scan event, like a scanner's.
 */
export function CameraPanel({ onScan }: { onScan: (event: ScanEvent) => void }) {
  const { state, toggle, previewRef } = useCameraScanner(onScan);
  useShortcuts([{ label: 'Alt+K', codes: ['KeyK'], alt: true, run: toggle }]);
  const on = state.status === 'starting' || state.status === 'scanning';
  return (
    <section className="camera-scan" aria-label="Camera scanner">
      <div className="camera-scan__bar">
        <button type="button" className="button" aria-pressed={on} aria-keyshortcuts="Alt+K" onClick={toggle}>
          {on ? 'Stop camera' : 'Scan with camera'} <kbd>Alt+K</kbd>
        </button>
        <p className={`camera-scan__status camera-scan__status--${state.status}`} role="status" aria-live="polite">
          {statusText(state)}
        </p>
      </div>
      {on && (
        <div className="camera-scan__preview" ref={previewRef}>
          <video aria-label="Camera preview" muted playsInline />
        </div>
      )}
    </section>
  );
}
