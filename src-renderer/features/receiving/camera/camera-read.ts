import { GS } from '../../../../src-shared/scanning/gs1-element-string';
import type { ScanInput } from '../../../../src-shared/scanning/scan-event';

/** One barcode quagga2 decoded from a camera frame: its text and the reader that read it. */
export interface CameraRead {
  code: string;
  /** quagga2's reader format, e.g. "code_128", "ean_13" */
  format: string;
}

/**
 * AIM identifiers for what quagga2 reads. quagga2 sends none itself, so the camera says what a
 * hardware scanner set to "AIM ID on" would (ISO/IEC 15424): its Code 128 reader gives every FNC1
 * as GS, so an FNC1 in first position, i.e. a GS first, marks a GS1-128 symbol (]C1).
 */
function aimOf(read: CameraRead): { aim?: string; data: string } {
  if (read.format === 'code_128') {
    // quagga2 keeps the symbol check character when its value is 102 (FNC1): it comes out as a GS
    // last, which no symbol's data ends with, so it goes.
    const data = read.code.endsWith(GS) ? read.code.slice(0, -1) : read.code;
    return data.startsWith(GS) ? { aim: ']C1', data: data.slice(1) } : { aim: ']C0', data };
  }
  if (read.format === 'ean_13' || read.format === 'upc_a' || read.format === 'upc_e') return { aim: ']E0', data: read.code };
  if (read.format === 'ean_8') return { aim: ']E4', data: read.code };
  return { data: read.code };
}

/** The input scanEventFrom reads: the one scan event every scanner kind gives. */
export function cameraScanInput(read: CameraRead, deviceId: string, at: string): ScanInput {
  const { aim, data } = aimOf(read);
  return { source: 'camera', deviceId, at, bytes: data, ...(aim && { aim }) };
}
