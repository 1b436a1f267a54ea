// Sweeps: a teacher plots how the cost of a barrier grows with the number of workers, opens one
// point on the stage, then runs 200 seeds of a jittery scenario and opens a run that deadlocked.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { AppPage, SHOTS, expectNoSeriousAxeViolations, typeScenario } from './app';

/** Two messages race to C; C takes the first, then waits for B's. When B's wins, C waits forever. */
const RACE = `title en "A race for the mailbox"
title ko "우편함 경주"
latency 1
jitter 4
process A
  send C "a"
end
process B
  compute 2
  send C "b"
end
process C
  recv
  recv from B
end
`;

// Each test runs dozens or hundreds of scenarios on a machine that may be busy.
test.describe.configure({ timeout: 60_000 });

const panel = (page: Page) => page.getByTestId('sweep-panel');
const finishes = async (page: Page) =>
  (await page
    .getByTestId('sweep-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [Number(r.getAttribute('data-value')), Number(r.getAttribute('data-finish'))]),
    )) as [number, number][];

test('sweep the barrier over 2..32 workers: the finish time rises, and a point opens on the stage', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  await app.button('Sweep…').click();
  await expect(panel(page)).toBeVisible();
  // The group is the knob a curve is about, from a pair to a room full.
  await expect(page.getByTestId('sweep-knob')).toHaveValue('Worker');
  await expect(page.getByTestId('sweep-from')).toHaveValue('2');
  await expect(page.getByTestId('sweep-to')).toHaveValue('32');
  await expect(page.getByTestId('sweep-step')).toHaveValue('2');
  await expect(panel(page)).toContainText('16 runs');
  const started = Date.now();
  await app.button('Run sweep').click();
  await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(16, { timeout: 20_000 });
  await expect(app.button('Cancel')).toHaveCount(0);
  console.log(`16-point sweep of the barrier (2..32 workers): ${Date.now() - started} ms`);

  // The curve rises: each size finishes later than the one before (the straggler's 9 ticks, then 2n).
  const points = await finishes(page);
  expect(points.map(([v]) => v)).toEqual(Array.from({ length: 16 }, (_, k) => 2 + 2 * k));
  expect(points[0]).toEqual([2, 5]);
  expect(points[15]).toEqual([32, 65]);
  for (let k = 1; k < points.length; k++) expect(points[k]![1]).toBeGreaterThan(points[k - 1]![1]);
  const chart = page.getByTestId('sweep-chart').getByRole('img');
  await expect(chart).toHaveAccessibleName(/finish time goes from 5 to 65 ticks/);

  // Hovering reads a point; the tooltip says which.
  const box = (await chart.boundingBox())!;
  const over = page.getByTestId('sweep-chart').locator('.u-over');
  const o = (await over.boundingBox())!;
  await page.mouse.move(o.x + o.width * 0.2, o.y + o.height / 2);
  const tip = page.getByTestId('sweep-chart-tooltip');
  await expect(tip).toContainText(/Size of group Worker = 8/);
  await expect(tip).toContainText('Finish time: 17');
  expect(box.width).toBeGreaterThan(600);
  await app.shot('sweep-barrier-en');
  await expectNoSeriousAxeViolations(page, '[data-testid="sweep-panel"]');

  // The keyboard reads points too: ← → move, Enter would open.
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(tip).toContainText(/Worker = 2\b/);
  await page.keyboard.press('ArrowRight');
  await expect(tip).toContainText(/Worker = 4\b/);

  // CSV export downloads the table.
  const download = page.waitForEvent('download');
  await app.button('Table (CSV)').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(17);
  expect(csv[0]).toMatch(
    /^Size of group Worker,outcome,finish,blocked,barrier wait,sent,blocked Worker\[1\]/,
  );
  expect(csv[16]).toMatch(/^32,completed,65,/);

  // The chart downloads as SVG and as PNG: the same picture, drawn from the same points.
  const svgDownload = page.waitForEvent('download');
  await app.button('Chart (SVG)').click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
  const svg = readFileSync((await svgFile.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Finish time');
  expect(svg).toContain('Size of group Worker');
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/sweep-chart-export.svg`, svg);
  const pngDownload = page.waitForEvent('download');
  await app.button('Chart (PNG)').click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync((await pngFile.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  writeFileSync(`${SHOTS}/sweep-chart-export.png`, png);

  // A click on the point opens that run: eight workers on the stage, the size in the text.
  await page.mouse.click(o.x + o.width * 0.2, o.y + o.height / 2);
  await expect(panel(page)).toHaveCount(0);
  await expect(app.stage.locator('[data-process]')).toHaveCount(8);
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toContainText('process Worker[1..8]');
  // Opening the panel again shows the same sweep.
  await app.button('Sweep…').click();
  await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(16);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  app.expectNoErrors();
});

test('Cancel stops a sweep part-way', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  await app.button('Sweep…').click();
  await page.getByTestId('sweep-from').fill('1');
  await page.getByTestId('sweep-to').fill('200');
  await page.getByTestId('sweep-step').fill('1');
  await app.button('Run sweep').click();
  await app.button('Cancel').click();
  await expect(panel(page)).toContainText(/Cancelled after \d+ of 200 runs/);
  const done = await page.getByTestId('sweep-table').locator('tbody tr').count();
  expect(done).toBeLessThan(200);
  // Nothing runs on after the cancel.
  await page.waitForTimeout(500);
  expect(await page.getByTestId('sweep-table').locator('tbody tr').count()).toBe(done);
  // The barrier has no jitter: the seeds tab says every seed gives the same run.
  await page.getByRole('tab', { name: 'Sweep a knob' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Many seeds' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('seeds-jitter')).toContainText('no jitter, so every seed gives the same run');
  // Tab stays inside the sheet, and Esc closes it.
  for (let k = 0; k < 8; k++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="sweep-panel"]'))).toBe(
    true,
  );
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(app.button('Sweep…')).toBeFocused();
  app.expectNoErrors();
});

test('200 seeds of a jittery race: a count per outcome, a histogram, and a deadlocking run opened', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await typeScenario(page, RACE);
  await expect(page.getByTestId('scenario-title')).toHaveText('A race for the mailbox');
  await app.button('Sweep…').click();
  await page.getByRole('tab', { name: 'Many seeds' }).click();
  await expect(page.getByTestId('seeds-jitter')).toContainText('Jitter 4');
  const started = Date.now();
  await app.button('Run 200 seeds').click();
  await expect(page.getByTestId('seed-table').locator('tbody tr')).toHaveCount(200, { timeout: 40_000 });
  console.log(`200 seeds: ${Date.now() - started} ms`);
  const counts = page.getByTestId('seed-counts');
  await expect(counts).toContainText(/deadlock in \d+ of 200/);
  await expect(counts).toContainText(/completed in \d+ of 200/);
  const deadlocks = Number(await counts.locator('[data-kind="deadlock"]').getAttribute('data-count'));
  const completed = Number(await counts.locator('[data-kind="completed"]').getAttribute('data-count'));
  expect(deadlocks).toBeGreaterThan(0);
  expect(deadlocks + completed).toBe(200);
  await expect(page.getByTestId('seed-histogram').getByRole('img')).toBeVisible();
  await app.shot('sweep-seeds-en');

  // A bar lists only its runs: the earliest finish first (Home, then Enter on the chart).
  const histogram = page.getByTestId('seed-histogram').getByRole('img');
  await histogram.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('seed-histogram-tooltip')).toContainText('Finish time (ticks): 3');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Showing the runs that finished at t=3.');
  const earliest = await page
    .getByTestId('seed-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-finish')));
  expect(earliest.length).toBeGreaterThan(0);
  expect(earliest.length).toBeLessThan(200);
  expect(new Set(earliest)).toEqual(new Set(['3']));
  await app.button('Every finish time').click();
  await expect(page.getByTestId('seed-table').locator('tbody tr')).toHaveCount(200);

  // Show only the deadlocks and open the first: its seed is written in the text.
  await page.getByTestId('seed-filter').selectOption('deadlock');
  const rows = page.getByTestId('seed-table').locator('tbody tr');
  await expect(rows).toHaveCount(deadlocks);
  const seed = await rows.first().getAttribute('data-value');
  await rows.first().getByRole('button').click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toContainText(`seed ${seed}`);
  // The opened text runs a moment after it is shown: jump to the end until that run's end is seen.
  await expect(async () => {
    await page.locator('body').press('End');
    await expect(app.outcome).toHaveAttribute('data-kind', 'deadlock', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await app.shot('sweep-seed-deadlock-en');
  app.expectNoErrors();
});

test('in Korean: the panel, the counts with their particles, and the chart read in Korean', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await typeScenario(page, RACE);
  await app.button('스윕…').click();
  await page.getByRole('tab', { name: '여러 시드' }).click();
  await app.button('시드 200개 실행').click();
  await expect(page.getByTestId('seed-table').locator('tbody tr')).toHaveCount(200, { timeout: 40_000 });
  await expect(page.getByTestId('seed-counts')).toContainText(/교착 상태가 200번 중 \d+번/);
  await expect(page.getByTestId('seed-counts')).toContainText(/완료가 200번 중 \d+번/);
  await app.shot('sweep-seeds-ko');
  // The built-in made for a sweep: the barrier's cost as workers grow, the straggler drawn from jitter.
  await page.keyboard.press('Escape');
  const menu = page.getByRole('combobox', { name: '시나리오' });
  await menu.selectOption({
    value: (await menu.locator('option', { hasText: '배리어 비용' }).first().getAttribute('value'))!,
  });
  await expect(page.getByTestId('scenario-title')).toContainText('배리어 비용');
  await app.button('스윕…').click();
  await page.getByRole('tab', { name: '값 바꿔 가며 실행' }).click();
  await expect(page.getByTestId('sweep-knob')).toHaveValue('Worker');
  await app.button('스윕 실행').click();
  await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(16, { timeout: 30_000 });
  await expect(page.getByTestId('sweep-chart').getByRole('img')).toHaveAccessibleName(
    /그룹 Worker의 크기가 2에서 32까지 바뀌는 동안 끝난 시각은 \d+틱에서 \d+틱이 됩니다/,
  );
  const waits = await page.getByTestId('sweep-table').locator('tbody tr td:nth-child(5)').allInnerTexts();
  expect(Number(waits[15])).toBeGreaterThan(Number(waits[0]));
  await app.shot('sweep-barrier-cost-ko');
  await expectNoSeriousAxeViolations(page, '[data-testid="sweep-panel"]');
  app.expectNoErrors();
});

test('presenter mode at 1920×1080: the chart fills the sheet in large type', async ({ page }) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  await page.keyboard.press('p');
  await app.button('Sweep…').click();
  await app.button('Run sweep').click();
  await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(16, { timeout: 20_000 });
  const chart = (await page.getByTestId('sweep-chart').getByRole('img').boundingBox())!;
  expect(chart.width).toBeGreaterThan(1400);
  await app.shot('sweep-barrier-presenter');
  app.expectNoErrors();
});
