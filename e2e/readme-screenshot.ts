// Writes docs/stage.png, the README's picture: MapReduce stopped mid-shuffle in presenter mode on a
// 1920×1080 projector, the partial results in flight to the reducers and the barrier open behind
// them. Builds the site and serves it with `vite preview`. Not part of `npm test`.
//
//   npm run screenshot                          # builds, serves and shoots the default moment
//   npm run screenshot -- barrier 4.5 out.png   # another built-in, virtual time or file
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { launchOptions } from './browser.mjs';

const [scenario = 'mapreduce', time = '5.75', out = 'docs/stage.png'] = process.argv.slice(2);
const outDir = 'dist-screenshot';

await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not say where it listens');

const browser = await chromium.launch(launchOptions());
try {
  // No service worker: the picture needs the page alone, and its first install must not race the seek.
  const page = await browser.newPage({
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  // A returning English-speaking visitor: no first-visit tour, no language guess.
  await page.addInitScript(() => {
    localStorage.setItem('rendezvous.tour', 'done');
    localStorage.setItem('rendezvous.lang', 'en');
  });
  await page.goto(url);
  await page.getByTestId('stage').waitFor();
  const menu = page.getByRole('combobox', { name: 'Scenario' });
  type Api = { rendezvous: { currentTrace(): string | null } };
  const before = await page.evaluate(() => (window as unknown as Api).rendezvous.currentTrace());
  if ((await menu.inputValue()) !== `builtin:${scenario}`) {
    await menu.selectOption(`builtin:${scenario}`);
    // Wait for this scenario's run, not the one the page opened on.
    await page.waitForFunction((previous) => {
      const now = (window as unknown as Api).rendezvous.currentTrace();
      return now !== null && now !== previous;
    }, before);
  }
  await page.evaluate((t) => {
    const api = (window as unknown as { rendezvous: { commands: { seekTime(t: number): void } } }).rendezvous;
    api.commands.seekTime(t);
  }, Number(time));
  // Presenter mode, as a teacher shows it to the class: P from the page (not from the menu).
  await page.locator('body').click({ position: { x: 2, y: 400 } });
  await page.keyboard.press('p');
  await page.locator('.app.presenter').waitFor();
  // Let motion finish moving everything to where it belongs at that instant.
  await page.waitForTimeout(1500);
  await page.mouse.move(0, 1079);
  await page.screenshot({ path: out });
  console.log(`wrote ${out} (${scenario} at t=${time})`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
