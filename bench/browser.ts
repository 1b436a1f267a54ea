// Measurements in headless Chromium against the production build: the Worker host's throughput
// and the stage's frame times while playing.
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { launchOptions } from '../e2e/browser.mjs';
import { median, percentile, type Figure } from './stats';

type Api = {
  runTimed(source: string, options: object): Promise<{ events: number; ms: number }>;
  load(source: string): void;
  commands: { restart(): void; setSpeed(speed: number): void; play(): void; pause(): void };
};

// Another port and build directory let several checkouts run the benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4319);
export const BENCH_OUTDIR = process.env.BENCH_OUTDIR ?? 'dist';

/** Builds the app, serves it, opens it in Chromium and hands the page to `use`. */
export async function withBrowser<T>(use: (page: Page) => Promise<T>): Promise<T> {
  await build({ logLevel: 'error', build: { outDir: BENCH_OUTDIR } });
  const server = await preview({
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
    build: { outDir: BENCH_OUTDIR },
    logLevel: 'error',
  });
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // tsx keeps function names with a helper that does not exist inside the page. The page is
    // measured as a returning visitor's, as a class sees it: the first-visit tour already taken
    // (as the end-to-end tests have it) and the offline copy already made (its service worker
    // fetches the whole site once, on the first visit).
    await page.addInitScript({
      content: "window.__name = (f) => f; localStorage.setItem('rendezvous.tour', 'done');",
    });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => 'rendezvous' in window);
    await page.evaluate(() =>
      Promise.race([navigator.serviceWorker?.ready, new Promise((done) => setTimeout(done, 15_000))]),
    );
    return await use(page);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** Events per second of a host in the page (median of several runs after warm-up). */
export async function browserThroughput(
  page: Page,
  source: string,
  host: 'workers' | 'main-thread',
  maxEvents: number,
  runs = 5,
): Promise<number> {
  return page.evaluate(
    async ({ source, host, maxEvents, runs }) => {
      const api = (window as unknown as { rendezvous: Api }).rendezvous;
      const rates: number[] = [];
      for (let k = 0; k < runs + 1; k++) {
        const { events, ms } = await api.runTimed(source, { host, maxEvents });
        if (k > 0) rates.push(events / (ms / 1000));
      }
      rates.sort((a, b) => a - b);
      return rates[Math.floor(rates.length / 2)]!;
    },
    { source, host, maxEvents, runs },
  );
}

/** Frame times while the stage plays `source` at 8× for `seconds`. */
export async function frameTimes(
  page: Page,
  label: string,
  source: string,
  processes: number,
  seconds = 4,
): Promise<Figure[]> {
  await page.evaluate((text) => (window as unknown as { rendezvous: Api }).rendezvous.load(text), source);
  await page.waitForFunction(
    (n) => document.querySelectorAll('svg.stage [data-process]').length === n,
    processes,
  );
  await page.evaluate(() => {
    const { commands } = (window as unknown as { rendezvous: Api }).rendezvous;
    commands.restart();
    commands.setSpeed(8);
  });
  const inFlight = await page.evaluate(async (ms) => {
    (window as unknown as { rendezvous: Api }).rendezvous.commands.play();
    const deltas: number[] = [];
    let most = 0;
    await new Promise<void>((resolve) => {
      let last = performance.now();
      const end = last + ms;
      const frame = (now: number) => {
        deltas.push(now - last);
        last = now;
        // Glyphs one element each, or painted on the crowded stage's canvas (which says how many).
        const painted = Number(
          document.querySelector('canvas.stage-canvas')?.getAttribute('data-flights') ?? 0,
        );
        most = Math.max(most, document.querySelectorAll('.message').length, painted);
        if (now < end) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    (window as unknown as { __frames: number[] }).__frames = deltas;
    return most;
  }, seconds * 1000);
  const deltas = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(1));
  await page.evaluate(() => (window as unknown as { rendezvous: Api }).rendezvous.commands.pause());
  return [
    { name: `frames ${label} most messages in flight`, value: inFlight, unit: 'messages' },
    { name: `frames ${label} p50`, value: median(deltas), unit: 'ms' },
    { name: `frames ${label} p95`, value: percentile(deltas, 95), unit: 'ms' },
    // Frame times come in whole refreshes of the 60 Hz display (16.7, 33.3, 50 ms): the share of
    // frames that took more than one, and more than two, says what a p95 alone does not.
    { name: `frames ${label} over one refresh`, value: share(deltas, 20), unit: '%' },
    { name: `frames ${label} over two refreshes`, value: share(deltas, 36), unit: '%' },
  ];
}

/** Percentage of `values` above `limit`. */
function share(values: number[], limit: number): number {
  return values.length === 0 ? 0 : (100 * values.filter((v) => v > limit).length) / values.length;
}
