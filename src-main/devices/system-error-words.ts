/**
 * What an operating-system error means for a device, in words a person at the desk can act on:
 * "the printer at 10.0.0.5:9100 refused the connection (nothing listens there: …)", never ECONNREFUSED
 * alone. The code itself stays on the error objects (systemCode) for the retry decisions. Node gives
 * no wording of its own for these codes, hence the table.
 */
const MEANINGS: Record<string, (device: string) => string> = {
  ECONNREFUSED: (d) => `${d} refused the connection (nothing listens there: is it switched on, and are the address and port right?)`,
  ECONNRESET: (d) => `${d} dropped the connection`,
  ECONNABORTED: (d) => `${d} dropped the connection`,
  EPIPE: (d) => `${d} closed the connection while the desk was still sending`,
  ETIMEDOUT: (d) => `${d} did not answer in time (is it on the network?)`,
  EHOSTUNREACH: (d) => `the network cannot reach ${d} (check the cable or Wi-Fi, and the address)`,
  ENETUNREACH: (d) => `the network cannot reach ${d} (is this computer on the network?)`,
  EHOSTDOWN: (d) => `${d} is switched off or not on the network`,
  ENOTFOUND: (d) => `the name of ${d} is not known on the network (check the spelling of the host name)`,
  EAI_AGAIN: (d) => `the name of ${d} could not be looked up just now (the network's name service did not answer)`,
  EADDRNOTAVAIL: (d) => `the address of ${d} is not one this computer can reach`,
  ENOENT: (d) => `${d} does not exist (is it plugged in and switched on, and is the path right?)`,
  ENODEV: (d) => `${d} is not connected (is it plugged in and switched on?)`,
  ENXIO: (d) => `${d} is not connected (is it plugged in and switched on?)`,
  EACCES: (d) => `the desk's user may not open ${d} (it needs write access, e.g. membership of the lp or dialout group)`,
  EPERM: (d) => `the desk's user may not open ${d} (it needs write access, e.g. membership of the lp or dialout group)`,
  EBUSY: (d) => `${d} is in use by another program`,
  EISDIR: (d) => `${d} is a folder, not a device or file`,
  ENOSPC: (d) => `the disk holding ${d} is full`,
  EROFS: (d) => `${d} is on a read-only disk`,
  EIO: (d) => `${d} reported a hardware error while the desk used it`,
};

/** The code behind a Node system error (ECONNREFUSED…), if it has one. */
export function systemCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What went wrong with `device` ("the printer at 10.0.0.5:9100"), in words. */
export function systemErrorInWords(error: unknown, device: string): string {
  const code = systemCodeOf(error) ?? /\b(E[A-Z_]{3,})\b/.exec(error instanceof Error ? error.message : String(error))?.[1];
  const meaning = code ? MEANINGS[code] : undefined;
  if (meaning) return meaning(device);
  const text = error instanceof Error ? error.message : String(error);
  return `${device} failed: ${code ? text.replace(code, '').replace(/\s+/g, ' ').trim() || 'a system error' : text}${code ? ` (system error ${code})` : ''}`;
}
