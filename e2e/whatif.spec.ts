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
