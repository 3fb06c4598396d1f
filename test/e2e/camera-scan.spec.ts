import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cameraScanInput } from '../../src-renderer/features/receiving/camera/camera-read';
import { agree, NO_AGREEMENT, type Agreement } from '../../src-renderer/features/receiving/camera/read-agreement';
import { GS } from '../../src-shared/scanning/gs1-element-string';
import { scanEventFrom } from '../../src-shared/scanning/scan-event';
import { DEMO, signIn } from './desk';
import { PALLET_LABEL, writePalletLabelVideo } from './fixtures/camera/pallet-label-video';

/**
 * The "camera" project's Chromium has a fake webcam (playwright.config.ts); this worker fixture
 * builds the video it shows — a real GS1-128 pallet label — before the browser starts.
 */
const test = base.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-camera-'));
      const video = await writePalletLabelVideo(dir);
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), `--use-file-for-fake-video-capture=${video}`] });
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

/** Keeps every camera stream the page opens, to check that closing the camera stops its tracks. */
async function watchCameraStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams = streams;
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** The states of all camera tracks the page opened so far, e.g. ["live"] or ["ended", "ended"]. */
function cameraTracks(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams.flatMap((s) => s.getVideoTracks().map((t) => t.readyState)));
}

test('a GS1-128 pallet label held up to the webcam fills the receiving form as one scan', async ({ page }) => {
  await watchCameraStreams(page);
  await signIn(page, DEMO.clerk);
  await expect(page.getByLabel('Location').locator('option', { hasText: 'DB-CAGE-2' })).toBeAttached(); // screen loaded
  const camera = page.getByRole('region', { name: 'Camera scanner' });

  await page.keyboard.press('Alt+K');
  await expect(camera.getByRole('button', { name: 'Stop camera' })).toHaveAttribute('aria-pressed', 'true');
  await expect(camera.getByRole('status')).toContainText('Scanning with');
  await expect(camera.getByLabel('Camera preview')).toBeVisible();

  await expect(page.getByRole('status').filter({ hasText: 'Scanned:' })).toContainText(
    `GTIN ${PALLET_LABEL.gtin} → ${PALLET_LABEL.sku} · lot ${PALLET_LABEL.lot} · quantity ${PALLET_LABEL.quantity} · entry ${PALLET_LABEL.entry}`,
    { timeout: 15_000 },
  );
  await expect(page.getByLabel('Entry number')).toHaveValue(PALLET_LABEL.entry);
  await expect(page.getByLabel('SKU', { exact: true })).toHaveValue(PALLET_LABEL.sku);
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue(PALLET_LABEL.lot);
  await expect(page.getByLabel('Quantity')).toHaveValue(PALLET_LABEL.quantity);
  await expect(page.getByLabel('Location')).toBeFocused(); // the one field the label could not fill

  // The label stays in view, frame after frame: that is still the one scan, so an edit stands.
  await page.getByLabel('Quantity').fill('11');
  await page.waitForTimeout(2_000); // ~20 more frames of the same label
  await expect(page.getByLabel('Quantity')).toHaveValue('11');

  await page.keyboard.press('Alt+K');
  await expect(camera.getByRole('button', { name: 'Scan with camera' })).toHaveAttribute('aria-pressed', 'false');
  await expect(camera.getByLabel('Camera preview')).toHaveCount(0);
  await expect.poll(() => cameraTracks(page)).toEqual(['ended']); // the camera is let go

  // Opened again, then left for another screen: released as well.
  await page.keyboard.press('Alt+K');
  await expect(camera.getByRole('status')).toContainText('Scanning with');
  await page.keyboard.press('Alt+I');
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
  await expect.poll(() => cameraTracks(page)).toEqual(['ended', 'ended']);
});

/** Chromium as the project starts it, less the flags named: to take the fake webcam or its auto-allow away. */
function launchedWithout(launchOptions: { args?: string[] }, ...flags: string[]) {
  return { ...launchOptions, args: (launchOptions.args ?? []).filter((arg) => !flags.some((flag) => arg.startsWith(flag))) };
}

test('a desk with no camera says so and what to do', async ({ playwright, launchOptions }) => {
  const browser = await playwright.chromium.launch(launchedWithout(launchOptions, '--use-fake-device-for-media-stream', '--use-file-for-fake-video-capture'));
  try {
    const page = await browser.newPage();
    await signIn(page, DEMO.clerk);
    const camera = page.getByRole('region', { name: 'Camera scanner' });
    await camera.getByRole('button', { name: 'Scan with camera' }).click();
    await expect(camera.getByRole('status')).toHaveText(/^No camera found\. Plug in a webcam, then press Scan with camera \(Alt\+K\) again/);
    await expect(camera.getByRole('button', { name: 'Scan with camera' })).toHaveAttribute('aria-pressed', 'false');
    await expect(camera.getByLabel('Camera preview')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('camera access denied: the desk says how to allow it', async ({ playwright, launchOptions }) => {
  // The webcam is there, but nothing allows it: with no auto-allow flag and no permission granted to
  // the context, Chromium refuses the request as a clerk pressing "Block" would.
  const browser = await playwright.chromium.launch(launchedWithout(launchOptions, '--use-fake-ui-for-media-stream'));
  try {
    const page = await browser.newPage();
    await signIn(page, DEMO.clerk);
    const camera = page.getByRole('region', { name: 'Camera scanner' });
    await page.keyboard.press('Alt+K');
    await expect(camera.getByRole('status')).toContainText('Camera access was denied. Allow this desk to use the camera');
    await expect(camera.getByLabel('Camera preview')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

// Pure checks of the camera's own logic, run by the same runner (no browser), like gs1-element-string.spec.ts.
test.describe('camera reads', () => {
  const at = '2026-01-05T10:00:00.000Z';
  const read = (code: string, format = 'code_128') => scanEventFrom(cameraScanInput({ code, format }, 'camera:test', at));

  test('a Code 128 read that opens with FNC1 is a GS1-128 scan', () => {
    // quagga2 gives every FNC1 as GS: the first one says GS1, the others end variable-length fields.
    const event = read(`${GS}0200614141000012` + `10CAM-LOT-1${GS}3712${GS}912024-000042`);
    expect(event).toMatchObject({ kind: 'accepted', source: 'camera', deviceId: 'camera:test', symbology: { aim: ']C1', name: 'GS1-128' } });
    expect(event.kind === 'accepted' && event.receipt).toEqual({
      kind: 'gs1',
      gtin: '00614141000012',
      lotCode: 'CAM-LOT-1',
      quantity: 12,
      entryNumber: '2024-000042',
      ignored: [],
    });
  });

  test('a check character of value 102 that quagga2 leaves as a trailing GS is dropped', () => {
    // (02) with its (37) count: GS1 refuses (02) alone (§4.14.2).
    expect(read(`${GS}0200614141000012` + `3712${GS}`)).toMatchObject({ kind: 'accepted', data: '02006141410000123712' });
    expect(read(`PLAIN-LOT-7${GS}`)).toMatchObject({
      kind: 'accepted',
      data: 'PLAIN-LOT-7',
      symbology: { aim: ']C0' },
      receipt: { kind: 'plain', code: 'PLAIN-LOT-7' },
    });
  });

  test('EAN-13 and EAN-8 reads are product codes; a GS1 misread is rejected with a reason', () => {
    expect(read('0614141000012', 'ean_13')).toMatchObject({ kind: 'accepted', symbology: { aim: ']E0' }, receipt: { kind: 'plain', code: '0614141000012' } });
    expect(read('96385074', 'ean_8')).toMatchObject({ kind: 'accepted', symbology: { aim: ']E4' } });
    expect(read(`${GS}0200614141000013`)).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('wrong check digit') });
  });
});

test.describe('two agreeing reads make one scan', () => {
  /** Feeds reads (null = a frame with no code) 100 ms apart from `start`; returns the scans. */
  function feed(reads: (string | null)[], state: Agreement = NO_AGREEMENT, start = 0): { scans: string[]; state: Agreement } {
    const scans: string[] = [];
    reads.forEach((r, i) => {
      const next = agree(state, r, start + i * 100);
      state = next.state;
      if (next.scan !== null) scans.push(next.scan);
    });
    return { scans, state };
  }

  test('one read is not a scan; a code in view for many frames is one scan', () => {
    expect(feed(['A']).scans).toEqual([]);
    expect(feed(['A', 'A']).scans).toEqual(['A']);
    expect(feed(['A', null, 'A', 'A', null, 'A', 'A', 'A']).scans).toEqual(['A']);
  });

  test('a misread between two reads stops them agreeing', () => {
    expect(feed(['A', 'B', 'A']).scans).toEqual([]);
    expect(feed(['A', 'B', 'A', 'A']).scans).toEqual(['A']);
    expect(feed(['A', 'A', 'B', 'A', 'B', 'B']).scans).toEqual(['A', 'B']);
  });

  test('the same code scans again only once it was out of view', () => {
    const first = feed(['A', 'A']);
    expect(feed(['A', 'A'], first.state, 1_000).scans).toEqual([]); // still in view
    expect(feed(['A', 'A'], first.state, 100 + 1_600).scans).toEqual(['A']); // gone for 1.6 s, then shown again
    expect(feed(['A'], feed(['A']).state, 1_600).scans).toEqual([]); // two reads far apart do not agree
  });
});
