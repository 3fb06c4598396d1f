/**
 * What to tell a clerk when the camera cannot be used: getUserMedia's error names (W3C Media
 * Capture and Streams §10.2) turned into what happened and what to do. Pure.
 */
const AGAIN = 'then press Scan with camera (Alt+K) again';

export function cameraProblem(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Camera access was denied. Allow this desk to use the camera (browser: the camera icon in the address bar or the site settings; desk app: the system's camera privacy settings), ${AGAIN}. A handheld scanner works without it.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No camera found. Plug in a webcam, ${AGAIN}, or scan with a handheld scanner.`;
    case 'NotReadableError':
    case 'AbortError':
      return `The camera could not be started: another program may be using it. Close that program, ${AGAIN}.`;
    default:
      return `The camera could not be started (${describe(error)}). Check that a webcam is connected, ${AGAIN}.`;
  }
}

/** The camera stopped while scanning: unplugged, or taken by the system. */
export const CAMERA_LOST = `The camera stopped sending pictures (unplugged?). Reconnect it, ${AGAIN}.`;

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return error.message || error.name;
  return typeof error === 'string' && error ? error : 'unknown error';
}
