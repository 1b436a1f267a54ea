// Stops `npm test` early, with the exact fix, when no Chromium can be found.
import { hasChromium } from './browser.mjs';

if (!hasChromium()) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      '  - Debian/Ubuntu:  sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium)',
      '  - anywhere else:  npx playwright install chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}
