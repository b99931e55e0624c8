import { defineConfig, devices } from '@playwright/test';

const port = process.env['E2E_PORT'] ?? '3210';
const baseURL = `http://localhost:${port}`;

/** Debian's Chromium (STACK.md): Playwright never downloads a browser here. */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e-spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/e2e-web',
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Pixel 5'],
        // The narrowest phones our citizens use.
        viewport: { width: 360, height: 780 },
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node tools/testing/e2e-server.mjs',
    cwd: '../..',
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
