// Played as a teacher would in front of a class.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

test('barrier: step until the gate shows 2/3, check who waits, step back, jump to the end', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  const count = page.getByTestId('barrier-count-sync');
  await expect(count).toHaveText('0/3');

  await app.stepUntil(async () => (await count.textContent()) === '2/3');
  await expect(page.getByTestId('barrier-waiting-sync')).toHaveText(/Worker\[1\], Worker\[2\]/);
  await expect(page.getByTestId('barrier-missing-sync')).toHaveText(/Worker\[3\]/);
  await expect(app.process('Worker[1]')).toHaveAttribute('data-status', 'blocked');
  await expect(app.process('Worker[3]')).toHaveAttribute('data-status', 'computing');
  // Worker[2] has just arrived; its wait starts with the next event, and the gate still says 2/3.
  await app.button('Step forward').click();
  await expect(app.process('Worker[2]')).toHaveAttribute('data-status', 'blocked');
  await expect(count).toHaveText('2/3');
  await expect(app.process('Worker[1]')).toContainText('barrier');
  await app.shot('barrier-2-of-3');

  await app.button('Step back').click();
  await app.button('Step back').click();
  await expect(count).toHaveText('1/3');
  await expect(page.getByTestId('barrier-waiting-sync')).toHaveText(/Worker\[1\]/);
  await expect(page.getByTestId('barrier-missing-sync')).toHaveText(/Worker\[2\], Worker\[3\]/);
  await app.shot('barrier-step-back');

  // Forward again to the release: everyone leaves at the same instant.
  await app.stepUntil(
    async () => (await app.barrier('sync').getAttribute('class'))?.includes('open') ?? false,
  );
  await expect(count).toHaveText('3/3');
  await app.shot('barrier-open');

  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');
  for (const w of ['Worker[1]', 'Worker[2]', 'Worker[3]'])
    await expect(app.process(w)).toHaveAttribute('data-status', 'done');
  // Everyone has passed: the gate says it is open and which generation went through, not who is missing.
  await expect(page.getByTestId('barrier-open-sync')).toHaveText('open · generation 0 passed');
  await expect(page.getByTestId('barrier-missing-sync')).toHaveCount(0);
  await expect(count).toHaveText('3/3');
  await app.shot('barrier-end');
  app.expectNoErrors();
});

test('RPC: the client reads as blocked until the reply lands', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Synchronous RPC');
  const client = app.process('Client');
  await app.stepUntil(async () => (await client.getAttribute('data-status')) === 'blocked');
  await expect(client).toContainText('reply from Server');
  await expect(page.locator('[data-kind="request"]')).toHaveCount(1);
  await app.shot('rpc-client-blocked');

  // Still blocked while the server works and while the reply travels back.
  let sawReplyInFlight = false;
  await app.stepUntil(async () => {
    if ((await page.locator('.message[data-kind="reply"]').count()) > 0) {
      sawReplyInFlight = true;
      await expect(client).toHaveAttribute('data-status', 'blocked');
    }
    return (await client.getAttribute('data-status')) !== 'blocked';
  });
  expect(sawReplyInFlight).toBe(true);
  await expect(app.narration).toContainText('Client');
  await app.shot('rpc-reply-landed');

  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'idle');
  app.expectNoErrors();
});

test('keyboard: Space plays and pauses, arrows step, Home and End jump', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const slider = app.timeline;
  const start = Number(await slider.inputValue());
  await page.locator('body').press('ArrowRight');
  await expect(slider).toHaveValue(String(start + 1));
  await page.locator('body').press('ArrowLeft');
  await expect(slider).toHaveValue(String(start));
  await page.locator('body').press('End');
  await expect(app.outcome).toBeVisible();
  await page.locator('body').press('Home');
  await expect(slider).toHaveValue(String(start));
  await page.locator('body').press('+');
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAttribute('aria-valuetext', '2×');
  await page.locator('body').press(' ');
  await expect(app.button('Pause')).toBeVisible();
  await page.locator('body').press(' ');
  await expect(app.button('Play')).toBeVisible();
  app.expectNoErrors();
});

test('deadlock: the banner explains it and the cycle of waiting is drawn on the stage', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Deadlock: two synchronous sends');
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'deadlock');
  await expect(app.outcome).toContainText('A → B → A');
  await expect(page.getByTestId('cycle-edge')).toHaveCount(2);
  await expect(app.process('A')).toHaveAttribute('data-status', 'blocked');
  await expect(app.process('B')).toHaveAttribute('data-status', 'blocked');
  await app.shot('deadlock-cycle');
  app.expectNoErrors();
});

test('the event log is one Tab stop; ↑/↓ move between entries and Enter seeks', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  for (let k = 0; k < 8; k++) await page.locator('body').press('ArrowRight');
  const log = page.getByTestId('event-log');
  await expect(log.locator('button[tabindex="0"]')).toHaveCount(1);
  const current = log.locator('li.current button');
  await current.focus();
  const position = page.locator('.controls .position');
  const before = await position.textContent();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // Focus moved two entries up; the playhead did not.
  await expect(position).toHaveText(before ?? '');
  const focused = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('value'));
  const currentValue = await log.locator('li.current').getAttribute('value');
  expect(Number(focused)).toBe(Number(currentValue) - 2);
  await page.keyboard.press('Enter');
  await expect(log.locator('li.current')).toHaveAttribute('value', String(focused));
  app.expectNoErrors();
});
