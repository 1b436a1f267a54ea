import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
// Another build directory (E2E_OUTDIR) lets several checkouts' tests run side by side.
const outDir = process.env.E2E_OUTDIR ?? 'dist';

// The end-to-end tests run against the production build (`vite preview`), as users get it.
export default defineConfig({
  testDir: 'e2e',
  outputDir: outDir === 'dist' ? 'test-results' : `test-results-${outDir}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: launchOptions(),
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    // The offline service worker would precache the whole build in every test and answer requests
    // behind `page.route`; only e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
