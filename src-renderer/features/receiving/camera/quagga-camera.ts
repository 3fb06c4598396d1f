import type { QuaggaJSConfigObject, QuaggaJSResultObject } from '@ericblade/quagga2';
import type { CameraRead } from './camera-read';

/** A running camera: which one, and when it has been let go (tracks stopped, the light off). */
export interface CameraSession {
  label: string;
  /** settles once the camera is released, after the signal given to openQuaggaCamera aborts */
  released: Promise<void>;
}

export interface CameraHandlers {
  /** every processed frame: the code read in it, or null */
  onFrame(read: CameraRead | null): void;
  /** the camera went away while scanning (unplugged, or taken by the system) */
  onLost(): void;
}

const config = (target: HTMLElement): QuaggaJSConfigObject => ({
  inputStream: {
    type: 'LiveStream',
    target,
    // A GS1-128 pallet code is ~400 modules wide: at 640 px wide it gets under 2 px a module, too
    // few to read, so ask for 720p (what desk webcams give); a camera that cannot gets what it has.
    constraints: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'environment' },
    willReadFrequently: true,
  },
  locate: true,
  locator: { patchSize: 'medium', halfSample: true },
  // Ten frames a second is plenty for a label held up by hand and leaves the CPU to the desk.
  frequency: 10,
  numOfWorkers: 0,
  canvas: { createOverlay: false },
  decoder: { readers: ['code_128_reader', 'ean_reader', 'ean_8_reader'] },
});

// quagga2 is one instance per page: a camera opens only once the one before it is released.
let previous: Promise<unknown> = Promise.resolve();

const closedEarly = () => new DOMException('The camera was closed before it started.', 'AbortError');

/**
 * Opens the camera into `target` (quagga2 uses the <video> inside it) and reads its frames until
 * `signal` aborts, then releases it. quagga2 is loaded only now: it is large, and only desks without
 * a scanner need it. Rejects with getUserMedia's error when there is no camera or no permission
 * (the camera is released then too), or with an AbortError when closed before it started.
 */
export function openQuaggaCamera(target: HTMLElement, handlers: CameraHandlers, signal: AbortSignal): Promise<CameraSession> {
  const opening = previous.then(() => open(target, handlers, signal));
  previous = opening.then((session) => session.released).catch(() => undefined);
  return opening;
}

async function open(target: HTMLElement, handlers: CameraHandlers, signal: AbortSignal): Promise<CameraSession> {
  if (signal.aborted) throw closedEarly();
  const { default: Quagga } = await import('@ericblade/quagga2');
  const onProcessed = (result: QuaggaJSResultObject | undefined) => {
    const code = result?.codeResult?.code;
    handlers.onFrame(code ? { code, format: result.codeResult.format } : null);
  };
  let released: Promise<void> | null = null;
  // Released as well as stopped: quagga2's stop() misses a stream that arrives after it was called.
  const release = () =>
    (released ??= (async () => {
      Quagga.offProcessed(onProcessed);
      await Quagga.stop().catch(() => undefined);
      await Quagga.CameraAccess.release();
    })());
  try {
    await new Promise<void>((ready, fail) => void Quagga.init(config(target), (err: unknown) => (err ? fail(err) : ready())));
  } catch (error) {
    await release();
    throw signal.aborted ? closedEarly() : error;
  }
  if (signal.aborted) {
    await release();
    throw closedEarly();
  }
  Quagga.onProcessed(onProcessed);
  Quagga.start();
  const track = Quagga.CameraAccess.getActiveTrack();
  // A track ends by itself only when the camera goes away; stopping it ourselves fires no "ended".
  track?.addEventListener('ended', () => handlers.onLost(), { once: true });
  const releasedOnAbort = new Promise<void>((done) => signal.addEventListener('abort', () => void release().then(done, done), { once: true }));
  return { label: track?.label || 'camera', released: releasedOnAbort };
}
