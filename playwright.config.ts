import { defineConfig } from '@playwright/test';

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/**
 * End-to-end tests drive the real screens in Debian's Chromium through browser mode (DESIGN §9: the
 * Electron binary cannot be installed here). test/e2e/global-setup.ts builds the screens when they are
 * stale, creates a fresh demo ledger and starts `drawback-desk serve` for the run.
 *
 * Two projects: "desk" runs every spec but the camera's; "camera" runs camera-scan.spec.ts in a
 * Chromium with a fake webcam (camera access allowed without asking; the spec builds the video the
 * webcam shows and adds --use-file-for-fake-video-capture).
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // One browser at a time: the keyboard-wedge specs type 5 ms apart and a second browser competing for
  // the two cores would stretch those gaps past what a scanner sends. Specs stay order-independent.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 900 },
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desk', testIgnore: '**/camera-scan.spec.ts' },
    {
      name: 'camera',
      testMatch: '**/camera-scan.spec.ts',
      use: { launchOptions: { ...chromium, args: [...chromium.args, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] } },
    },
  ],
});
