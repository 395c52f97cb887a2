import { defineConfig } from '@playwright/test';
import { chromiumForTests } from './test/e2e/fixtures/browser-path';

/** E2E tests drive a real Chromium against a real core; `scripts/ensure-browser.ts` finds (or installs) it first. */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // Two journeys are timing-sensitive (gate.spec's double send, window-seat-map's zoomed click) and failed once in
  // three full runs on a quiet machine: on CI a second try lands the run and Playwright reports them as "flaky".
  // They are open defects (see the closing note), not accepted behaviour; locally a failure stays a failure.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumForTests() ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
