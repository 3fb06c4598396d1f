import { useEffect, useRef, useState, type RefObject } from 'react';
import { scanEventFrom, type ScanEvent } from '../../../../src-shared/scanning/scan-event';
import { cameraScanInput } from './camera-read';
import { CAMERA_LOST, cameraProblem } from './camera-problem';
import { openQuaggaCamera } from './quagga-camera';
import { agree, NO_AGREEMENT } from './read-agreement';

export type CameraState = { status: 'off' } | { status: 'starting' } | { status: 'scanning'; camera: string } | { status: 'problem'; message: string };

export interface CameraScanner {
  state: CameraState;
  /** starts the camera, or stops it when it is starting or scanning */
  toggle(): void;
  /** the element the live preview goes in; rendered while the camera is starting or scanning */
  previewRef: RefObject<HTMLDivElement | null>;
}

const isOn = (state: CameraState) => state.status === 'starting' || state.status === 'scanning';

/**
 * A webcam as a scanner: frames read by quagga2, two agreeing reads make a scan, and each scan is
 * handed on as the one scan event every scanner kind gives (source "camera"). The camera runs only
 * while wanted and this hook is mounted: leaving the screen releases it.
 */
export function useCameraScanner(onScan: (event: ScanEvent) => void): CameraScanner {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const [wanted, setWanted] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });

  useEffect(() => {
    const target = previewRef.current;
    if (!wanted || !target) return;
    const closing = new AbortController();
    const fail = (message: string) => {
      closing.abort();
      setWanted(false);
      setState({ status: 'problem', message });
    };
    let agreement = NO_AGREEMENT;
    let deviceId = 'camera';
    const handlers = {
      onFrame(read: { code: string; format: string } | null) {
        const next = agree(agreement, read?.code ?? null, performance.now());
        agreement = next.state;
        if (next.scan !== null && read) latest.current(scanEventFrom(cameraScanInput(read, deviceId, new Date().toISOString())));
      },
      onLost: () => fail(CAMERA_LOST),
    };
    openQuaggaCamera(target, handlers, closing.signal).then(
      (session) => {
        deviceId = `camera:${session.label}`;
        if (!closing.signal.aborted) setState({ status: 'scanning', camera: session.label });
      },
      (error: unknown) => {
        if (!closing.signal.aborted) fail(cameraProblem(error));
      },
    );
    return () => closing.abort();
  }, [wanted]);

  function toggle() {
    const on = isOn(state);
    setWanted(!on);
    setState(on ? { status: 'off' } : { status: 'starting' });
  }
  return { state, toggle, previewRef };
}
