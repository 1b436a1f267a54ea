// Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a
// browser installed with `npx playwright install chromium`. Shared by the Playwright config,
// the pre-flight check and the benchmarks.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable to launch, or undefined to let Playwright use its own download. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return undefined;
}

/** True when some Chromium can be launched: a system one or Playwright's own. */
export function hasChromium() {
  if (findChromium()) return true;
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** Launch options for Playwright's chromium. */
export function launchOptions() {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
