// Export page…: one HTML file that a teacher uploads to a course site. Opened from disk (file://)
// with every http(s) request refused, it opens the exported scenario at the exported step and
// runs it with the processes in Web Workers made from blobs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AppPage, SHOTS } from './app';

const OUT = join(process.env.E2E_OUTDIR ?? 'dist', '..', 'test-results-page');

/** Saves the page the app exports; returns its path and the timeline position it was made at. */
async function exportPage(page: Page, name: string): Promise<{ path: string; position: string }> {
  const position = await page
    .getByRole('slider', { name: /^(Timeline position|타임라인 위치)$/ })
    .inputValue();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^(Export page…|페이지 내보내기…)$/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.html$/);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, name);
  await file.saveAs(path);
  await expect(page.locator('.filebar-status')).toContainText(file.suggestedFilename());
  return { path, position };
}

/** Opens `path` from disk in a fresh context where every http(s) request fails; counts them. */
async function openOffline(browser: Browser, path: string, locale: string) {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  const network: string[] = [];
  await context.route(/^(https?|wss?):/, (route) => {
    network.push(route.request().url());
    return route.abort();
  });
  await context.addInitScript(() => localStorage.setItem('rendezvous.tour', 'done'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(pathToFileURL(path).href);
  return { context, page, network, errors };
}

test('the exported page opens from file:// at its scenario and step, and runs in workers offline', async ({
  page,
  browser,
}) => {
  // Three pages, one of them 1.5 MB opened twice from disk: more than the usual test's work.
  test.slow();
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  for (let k = 0; k < 6; k++) await app.button('Step forward').click();
  const { path, position } = await exportPage(page, 'barrier.html');
  await app.shot('page-export-menu-en');
  expect(Number(position)).toBeGreaterThan(3);

  const opened = await openOffline(browser, path, 'en-US');
  const stage = opened.page.getByTestId('stage');
  // A 1.5 MB inline script to parse, then a run in workers: slower than a page from a server.
  await expect(stage).toBeVisible({ timeout: 20_000 });
  await expect(opened.page.getByTestId('scenario-title')).toHaveText('Barrier with a straggler');
  const timeline = opened.page.getByRole('slider', { name: 'Timeline position' });
  await expect(timeline).toHaveValue(position);
  expect(opened.page.url()).toMatch(/^file:\/\/.*barrier\.html#v1\./);
  // The processes ran in Web Workers made from blobs (or data URLs), not from files beside the page.
  await expect.poll(() => opened.page.workers().length).toBeGreaterThan(0);
  for (const worker of opened.page.workers()) expect(worker.url()).toMatch(/^(blob|data):/);
  await opened.page.getByRole('button', { name: 'Jump to end', exact: true }).click();
  await expect(opened.page.getByTestId('outcome')).toHaveAttribute('data-kind', 'completed');
  await expect(opened.page.getByTestId('outcome')).toContainText('The run is complete');
  await expect(stage.locator('[data-barrier="sync"]')).toBeVisible();
  // A new run (Restart plays the same run; an edit runs again) happens in workers too.
  const runs = await opened.page.evaluate(() =>
    (window as unknown as { rendezvous: { run(s: string, o: object): Promise<string> } }).rendezvous.run(
      'barrier B\nprocess P[1..3]\n  compute i\n  barrier B\nend\n',
      { host: 'workers' },
    ),
  );
  expect(JSON.parse(runs)).toMatchObject({ outcome: { kind: 'completed' } });
  await opened.page.screenshot({ path: `${SHOTS}/page-opened-en.png` });
  expect(opened.network).toEqual([]);
  expect(opened.errors).toEqual([]);

  // The page exports itself again (no server to fetch the template from): same scenario, new step.
  await opened.page.getByRole('button', { name: 'Restart', exact: true }).click();
  const again = await exportPage(opened.page, 'again.html');
  const twice = await openOffline(browser, again.path, 'en-US');
  await expect(twice.page.getByTestId('scenario-title')).toHaveText('Barrier with a straggler', {
    timeout: 20_000,
  });
  await expect(twice.page.getByRole('slider', { name: 'Timeline position' })).toHaveValue(again.position);
  expect(twice.network).toEqual([]);
  await twice.context.close();
  await opened.context.close();
  app.expectNoErrors();
});

test('in Korean: the export buttons and the opened page', async ({ page, browser }) => {
  test.slow();
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  for (let k = 0; k < 4; k++) await page.getByRole('button', { name: '한 단계 앞으로', exact: true }).click();
  await page.getByRole('button', { name: 'Mermaid 내보내기…' }).click();
  await expect(page.getByRole('group', { name: '실행의 어느 부분을 내보낼까요?' })).toBeVisible();
  await page.locator('.mermaid-export').scrollIntoViewIfNeeded();
  await app.shot('page-export-menu-ko');
  await page.getByRole('button', { name: '취소' }).click();
  const { path, position } = await exportPage(page, 'barrier-ko.html');
  const opened = await openOffline(browser, path, 'ko-KR');
  await expect(opened.page.getByTestId('scenario-title')).toHaveText('느린 참가자가 있는 배리어', {
    timeout: 20_000,
  });
  await expect(opened.page.getByRole('slider', { name: '타임라인 위치' })).toHaveValue(position);
  await opened.page.screenshot({ path: `${SHOTS}/page-opened-ko.png` });
  expect(opened.network).toEqual([]);
  expect(opened.errors).toEqual([]);
  await opened.context.close();
  app.expectNoErrors();
});

test('a what-if branch goes into the page with its original and its step', async ({ page, browser }) => {
  test.slow();
  const app = new AppPage(page);
  await app.open();
  for (let k = 0; k < 5; k++) await app.button('Step forward').click();
  await app.process('Server').click();
  await page.getByTestId('whatif-crash').click();
  await expect(page.getByTestId('branch-1')).toHaveAttribute('aria-current', 'true');
  const branch = await page.getByTestId('branch-1').innerText();
  const { path, position } = await exportPage(page, 'branch.html');

  const opened = await openOffline(browser, path, 'en-US');
  await expect(opened.page.getByTestId('branch-0')).toBeVisible({ timeout: 20_000 });
  await expect(opened.page.getByTestId('branch-1')).toHaveAttribute('aria-current', 'true');
  await expect(opened.page.getByTestId('branch-1')).toHaveText(branch);
  await expect(opened.page.getByRole('slider', { name: 'Timeline position' })).toHaveValue(position);
  await opened.page.getByRole('button', { name: 'Jump to end', exact: true }).click();
  await expect(opened.page.getByTestId('outcome')).toContainText(/crash/i);
  expect(opened.network).toEqual([]);
  expect(opened.errors).toEqual([]);
  await opened.context.close();
  app.expectNoErrors();
});
