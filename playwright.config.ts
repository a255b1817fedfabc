import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './build/scripts/chromium.mjs';
import { electronBinary } from './tests/electron/binary';

// KOERS_E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.KOERS_E2E_PORT ?? 5175);

// Say plainly why the desktop suite is skipped where Electron's binary cannot be had.
const electron = electronBinary();
if ('missing' in electron && process.env.TEST_WORKER_INDEX === undefined)
  console.log(`Electron-suite overgeslagen: ${electron.missing}`);

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  // No retries: a flaky test is a race to find, not a retry to add.
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
