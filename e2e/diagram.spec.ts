// The whole run at once: the space-time diagram, the metrics, and two runs compared.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

test('clicking on the space-time diagram moves the stage to that moment', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  const diagram = page.getByTestId('spacetime');
  await expect(diagram).toBeVisible();
  const canvas = diagram.locator('canvas').first();
  const box = (await canvas.boundingBox())!;
  const t0 = Number(await diagram.getAttribute('data-t0'));
  const t1 = Number(await diagram.getAttribute('data-t1'));
  expect(t1).toBeGreaterThan(t0);
  // Click at about t=5: Worker[1] and Worker[2] are waiting at the barrier, Worker[3] computes.
  const laneStart = await diagram.evaluate((el) => Number(el.getAttribute('data-plot-x') ?? 0));
  const x = laneStart + ((5 - t0) / (t1 - t0)) * (box.width - laneStart);
  await canvas.click({ position: { x, y: box.height / 2 } });
  await expect(page.getByTestId('barrier-count-sync')).toHaveText('2/3');
  await expect(app.process('Worker[3]')).toHaveAttribute('data-status', 'computing');
  await expect(page.getByTestId('metrics')).toContainText('sync #0');
  await app.shot('diagram-seek');
  app.expectNoErrors();
});

test('the compare view shows both runs on one clock and says what the difference costs', async ({ page }) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open();
  await app.pickScenario('Both ways (1/2)');
  const compare = page.getByRole('button', { name: /^Compare with/ });
  await expect(compare).toBeVisible();
  await compare.click();
  const sentence = page.getByTestId('compare-sentence');
  await expect(sentence).toContainText('28 ticks');
  await expect(sentence).toContainText('22');
  await expect(page.getByTestId('compare-both-ways-rpc')).toBeVisible();
  await expect(page.getByTestId('compare-both-ways-queue')).toBeVisible();
  // One starts a Server, the other a Worker: they part at once.
  await expect(page.getByTestId('compare-same-until')).toHaveText('Different from the start');
  await expect(page.getByTestId('spacetime')).toHaveCount(2);
  await page.getByRole('slider', { name: 'Timeline position' }).fill('10');
  await app.shot('compare');
  await page.getByRole('button', { name: 'Back to the stage' }).click();
  await expect(app.stage).toBeVisible();
  app.expectNoErrors();
});

test('an address with ?compare= opens two built-ins side by side, and an unknown id opens none', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open();
  await page.goto('./?compare=ring-send,ring-ssend');
  await expect(page.getByRole('heading', { name: 'Compare two runs on one clock' })).toBeVisible();
  await expect(page.getByTestId('compare-ring-send').getByRole('heading').first()).toHaveText(
    'Ring with send: everyone sends first, and it works',
  );
  await expect(page.getByTestId('compare-ring-ssend')).toBeVisible();
  await expect(page.getByTestId('spacetime')).toHaveCount(2);
  await expect(page.getByTestId('compare-sentence')).toBeVisible();
  // The first rank's first send is a plain message in one and a synchronous one in the other, at t=0.
  await expect(page.getByTestId('compare-same-until')).toHaveText('Different from the start');
  await app.open('?compare=ring-send,no-such-scenario');
  await expect(app.stage).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compare two runs on one clock' })).toHaveCount(0);
  app.expectNoErrors();
});

test('the diagram’s time axis starts at 0 and marks only whole ticks, at any zoom', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  for (const [scenario, end] of [
    ['Deadlock: two synchronous sends', 1],
    ['Synchronous RPC', 15],
    ['Asynchronous message queue', 16],
  ] as const) {
    await app.pickScenario(scenario);
    const diagram = page.getByTestId('spacetime');
    await expect(diagram).toBeVisible();
    const canvas = diagram.locator('canvas').first();
    const view = async () => {
      const [t0, t1, ticks] = await Promise.all(
        ['data-t0', 'data-t1', 'data-ticks'].map((a) => diagram.getAttribute(a)),
      );
      return { t0: Number(t0), t1: Number(t1), ticks: (ticks ?? '').split(' ').filter(Boolean).map(Number) };
    };
    // Fitted: t=0 sits a small gutter right of the lane names, the end a little before the right edge.
    await expect.poll(async () => (await view()).ticks[0]).toBe(0);
    const fitted = await view();
    const width = (await canvas.boundingBox())!.width - Number(await diagram.getAttribute('data-plot-x'));
    const zeroX = ((0 - fitted.t0) / (fitted.t1 - fitted.t0)) * width;
    expect(zeroX).toBeGreaterThan(5);
    expect(zeroX).toBeLessThan(15);
    expect(fitted.t1).toBeGreaterThan(end);
    if (end === 1) expect(fitted.ticks).toEqual([0, 1, 2]);
    await diagram.screenshot({ path: `e2e/screenshots/diagram-axis-end-${end}.png` });
    // Zoomed all the way in and back out: never a tick before 0 or between two ticks.
    for (const button of ['Zoom in', 'Zoom in', 'Zoom in', 'Zoom in', 'Zoom in', 'Pan right', 'Fit']) {
      await diagram.getByRole('button', { name: button, exact: true }).click();
      const v = await view();
      expect(v.ticks.length, `${button}: ${JSON.stringify(v)}`).toBeGreaterThan(0);
      for (const t of v.ticks) {
        expect(Number.isInteger(t), `${button}: ${JSON.stringify(v)}`).toBe(true);
        expect(t).toBeGreaterThanOrEqual(0);
      }
      if (button === 'Pan right')
        await diagram.screenshot({ path: `e2e/screenshots/diagram-axis-end-${end}-zoomed.png` });
    }
  }
  app.expectNoErrors();
});
