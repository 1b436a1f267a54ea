// What-ifs from the stage: a teacher picks something, asks "what if…", and the run changes from
// that step on, in a new branch beside the original.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

test('crash the server at a step: a new branch, the same step, the past unchanged', async ({ page }) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  for (let k = 0; k < 5; k++) await app.button('Step forward').click();
  // What the log says happened up to this step (its future lines are the ones that may change).
  const past = () => page.getByTestId('event-log').locator('li:not(.future)').allInnerTexts();
  const before = await past();
  expect(before.length).toBeGreaterThan(3);
  const step = await app.timeline.inputValue();
  await app.process('Server').click();
  await expect(page.getByTestId('whatif-card')).toBeVisible();
  await expect(page.getByTestId('whatif-crash')).toBeEnabled();
  await app.shot('whatif-card-process');
  await page.getByTestId('whatif-crash').click();
  await expect(page.getByTestId('branch-bar')).toBeVisible();
  await expect(page.getByTestId('branch-1')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('branch-1')).toContainText(/Server crashes at t=\d+/);
  await expect(app.timeline).toHaveValue(step);
  expect(await past()).toEqual(before);
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText(/crash/i);
  await app.shot('whatif-branch-crash');
  // Back to the original with one click, and with the keyboard.
  await page.getByTestId('branch-0').click();
  await expect(page.getByTestId('branch-0')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press(']');
  await expect(page.getByTestId('branch-1')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('branch-1')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByTestId('branch-1')).toHaveAttribute('aria-current', 'true');
  app.expectNoErrors();
});

test('in Korean and in presenter mode, the card and the branches read from the back row', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await page.keyboard.press('p');
  for (let k = 0; k < 8; k++) await page.keyboard.press('ArrowRight');
  await app.process('Server').click();
  await expect(page.getByTestId('whatif-crash')).toHaveText('여기서 다운시키기');
  await expect(page.getByTestId('whatif-card')).toContainText(/t=\d+에 Server가 다운됨/);
  await app.shot('whatif-card-ko-presenter');
  await page.getByTestId('whatif-crash').click();
  await expect(page.getByTestId('branch-0')).toHaveText('원본');
  await app.shot('whatif-branch-ko-presenter');
  app.expectNoErrors();
});

test('a teacher loses the reply from the stage, compares both runs, and shares the branch by link', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.open();
  const reply = page.getByTestId('message-2');
  await app.stepUntil(async () => (await reply.count()) > 0);
  const step = await app.timeline.inputValue();
  await reply.click({ force: true });
  await expect(page.getByTestId('whatif-card')).toContainText('#2');
  await expect(page.getByTestId('whatif-lose-preview')).toHaveText('→ Lost: Server → Client, sent at t=5');
  await app.shot('whatif-card-message');
  await page.getByTestId('whatif-lose').click();
  await expect(page.getByTestId('branch-1')).toHaveAttribute('aria-current', 'true');
  await expect(app.timeline).toHaveValue(step);
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('Deadlock');
  await expect(app.outcome).toContainText('Client waits for the reply from Server');
  await app.shot('whatif-lost-reply-branch');

  await page.getByTestId('branch-0').click();
  await expect(page.getByTestId('branch-0')).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('whatif-compare').click();
  await expect(page.getByTestId('compare-branch-0')).toBeVisible();
  await expect(page.getByTestId('compare-branch-1')).toBeVisible();
  await expect(page.getByTestId('compare-sentence')).toContainText('ends in deadlock');
  await app.shot('whatif-compare');
  await page.getByRole('button', { name: 'Back to the stage' }).click();

  await page.getByTestId('branch-1').click();
  const link = await app.copyLink();
  // A fresh browser: nothing kept from the first one, only the link.
  const fresh = await (await browser.newContext({ baseURL })).newPage();
  const other = new AppPage(fresh);
  await other.open(link.slice(link.indexOf('#')));
  await expect(fresh.getByTestId('branch-1')).toHaveAttribute('aria-current', 'true');
  await expect(fresh.getByTestId('branch-1')).toHaveText(/Lost: Server → Client, sent at t=5/);
  await expect(fresh.getByTestId('branch-0')).toHaveText('Original');
  await fresh.keyboard.press('End');
  await expect(other.outcome).toContainText('Deadlock');
  other.expectNoErrors();
  app.expectNoErrors();
});

test('delay a message, cut a wire, restart a crashed process: each from the stage, each its own branch', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.open();
  const request = page.getByTestId('message-1');
  await app.stepUntil(async () => (await request.count()) > 0);
  await request.click({ force: true });
  await page.getByTestId('whatif-delay-ticks').fill('4');
  await expect(page.getByTestId('whatif-delay-preview')).toHaveText(
    '→ Delayed 4 ticks: Client → Server, sent at t=0',
  );
  await page.getByTestId('whatif-delay').click();
  await expect(page.getByTestId('branch-1')).toHaveText(/Delayed 4 ticks/);
  // The request now arrives at t=6 instead of t=2.
  await expect(page.getByTestId('narration')).toContainText('arrives at t=6');

  await page.getByTestId('wire-Client-Server').click({ force: true });
  await page.getByTestId('whatif-cut-ticks').fill('3');
  await expect(page.getByTestId('whatif-cut-preview')).toHaveText(/→ Client–Server cut from t=\d+ to t=\d+/);
  await page.getByTestId('whatif-cut').click();
  await expect(page.getByTestId('branch-2')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('branch-2')).toContainText('cut from');

  await app.process('Server').click();
  await page.getByTestId('whatif-crash').click();
  await app.stepUntil(async () => ((await app.process('Server').textContent()) ?? '').includes('down since'));
  await app.process('Server').click();
  await expect(page.getByTestId('whatif-restart')).toBeEnabled();
  await app.shot('whatif-restart-card');
  await page.getByTestId('whatif-restart').click();
  await expect(page.getByTestId('branch-4')).toContainText(/Server restarts at t=\d+/);
  // Four what-ifs, each under the one before.
  await expect(page.getByTestId('branch-bar').getByRole('listitem')).toHaveCount(5);
  app.expectNoErrors();
});
