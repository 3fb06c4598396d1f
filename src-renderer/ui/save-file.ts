/**
 * Saves bytes as a download under a given name: a Blob and a link with `download`, which works the
 * same in browser mode and in the Electron window, and never gives main a path to write to.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has taken the bytes once the click is handled
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Bytes main sent (base64) with the name and type main suggested (a claim package). */
export function saveBase64(base64: string, fileName: string, mediaType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveBlob(new Blob([bytes], { type: mediaType }), fileName);
}

/** An image the screen drew (a chart's `data:image/png;base64,…`). */
export function saveDataUrl(dataUrl: string, fileName: string): void {
  const [head = '', base64 = ''] = dataUrl.split(',', 2);
  saveBase64(base64, fileName, /^data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream');
}

/** Text the screen built (a table as CSV), UTF-8. */
export function saveText(text: string, fileName: string, mediaType: string): void {
  saveBlob(new Blob([text], { type: `${mediaType};charset=utf-8` }), fileName);
}
