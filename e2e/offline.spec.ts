// Once loaded, the app keeps working with no network: a classroom's Wi-Fi may fail mid-lesson.
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppPage, typeScenario } from './app';

// The other specs block service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the build and controls the page. */
async function untilControlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
    timeout: 20_000,
  });
}

test('@smoke after one visit, a reload with no network still runs scenarios and opens the editor', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.open();
  await untilControlled(page);

  await context.setOffline(true);
  // Offline for real: the server cannot be reached any more.
  expect(
    await page.evaluate(() =>
      fetch('./no-such-file.txt', { cache: 'no-store' }).then(
        (r) => r.status,
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  // That probe's failure is the only error the console may show.
  await expect.poll(() => app.errors).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
  app.errors.length = 0;
  await page.reload();
  await expect(app.stage).toBeVisible();
  await expect(page.getByTestId('scenario-title')).toHaveText('Synchronous RPC: the caller waits');
  // Each process runs in its own Web Worker: the worker chunk came from the cache too.
  await expect(app.process('Client')).toContainText('W1');
  await expect(app.process('Server')).toContainText('W2');
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'idle');
  // The editor is a lazy chunk: it loads offline.
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toContainText(
    'call Server "GET /balance"',
  );

  // Another built-in scenario runs to its end.
  await app.pickScenario('Barrier with a straggler');
  await expect(app.process('Worker[3]')).toBeVisible();
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');

  // And a scenario typed in the editor runs in the workers.
  await typeScenario(page, 'process Ping\n  send Pong "hi"\nend\nprocess Pong\n  recv\nend\n');
  await expect(app.process('Pong')).toContainText('W2');
  await app.button('Restart').click();
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');
  await app.shot('offline');
  app.expectNoErrors();
});

test('an address with a query (an embedded stage) opens offline too', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open();
  await untilControlled(page);
  await context.setOffline(true);
  await page.goto('./?embed');
  await expect(app.stage).toBeVisible();
  await expect(app.process('Client')).toBeVisible();
  app.expectNoErrors();
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const PREFIX = '/courses/os-101/rendezvous/';

/** A plain static server for the build under a course's sub-path; `sw.js` can be changed as a new release would. */
async function serve() {
  let swTail = '';
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(PREFIX)) return void res.writeHead(404).end();
    const rel = normalize(url.pathname.slice(PREFIX.length) || 'index.html');
    try {
      let body: Buffer | string = await readFile(join(process.env.E2E_OUTDIR ?? 'dist', rel));
      if (rel === 'sw.js') body = body.toString() + swTail;
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`,
    release(tail: string) {
      swTail = tail;
    },
    stop() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

test.describe('under a sub-path', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  test.beforeEach(async () => {
    site = await serve();
  });
  test.afterEach(() => site.stop());

  test('the worker registers in the app folder and serves it when the server is gone', async ({ page }) => {
    const app = new AppPage(page);
    await page.goto(site.base);
    await expect(app.stage).toBeVisible();
    await untilControlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(site.base);

    // The server stops answering altogether.
    await site.stop();
    await page.reload();
    await expect(app.stage).toBeVisible();
    await expect(app.process('Client')).toContainText('W1');
    await app.button('Jump to end').click();
    await expect(app.outcome).toHaveAttribute('data-kind', 'idle');
    app.expectNoErrors();
  });

  test('a new release waits for the teacher: the page offers Reload and switches only then', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await page.goto(site.base);
    await untilControlled(page);
    const update = page.getByTestId('update-notice');
    await expect(update).toBeHidden();

    site.release('\n// release 2\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(update).toContainText('A new version of Rendezvous is ready.');
    // Nothing changed by itself: the page still runs, under the version it started with.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await app.button('Later').click();
    await expect(update).toBeHidden();

    // Korean, and the reload the teacher asks for.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.reload();
    await expect(update).toContainText('Rendezvous의 새 버전이 준비되었습니다.');
    await app.shot('update-notice-ko');
    await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
    await update.getByRole('button', { name: '새로 고침' }).click();
    await page.waitForFunction(() => !(window as unknown as { beforeReload?: boolean }).beforeReload);
    await expect(app.stage).toBeVisible();
    await expect(update).toBeHidden();
    expect(
      await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { waiting: r?.waiting ?? null, controlled: navigator.serviceWorker.controller?.state };
      }),
    ).toEqual({ waiting: null, controlled: 'activated' });
    app.expectNoErrors();
  });
});
