// Screenshots to look at: Korean, and a projector-sized window, mid-run.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

test('Korean: the language control switches every string and is remembered', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByTestId('scenario-title')).toHaveText('동기 RPC: 호출한 쪽이 기다린다');
  for (let k = 0; k < 4; k++) await app.button('한 단계 앞으로').click();
  await expect(app.narration).toContainText('Client');
  await expect(app.process('Client')).toHaveAttribute('data-status', 'blocked');
  await expect(app.process('Client')).toContainText('응답');
  await app.shot('ko-rpc');
  await page.reload();
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  app.expectNoErrors();
});

test('a projector-sized window shows the queue scenario mid-run', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Asynchronous message queue');
  for (let k = 0; k < 14; k++) await app.button('Step forward').click();
  await expect(page.locator('[data-queue="jobs"]')).toBeVisible();
  await app.shot('projector-queue');
  app.expectNoErrors();
});

test('embed mode shows the stage and the controls only, fitted to a small frame', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 560 });
  const app = new AppPage(page);
  await page.goto('./?embed');
  await expect(app.stage).toBeVisible();
  await expect(app.button('Step forward')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await app.button('Step forward').click();
  await expect(app.narration).not.toBeEmpty();
  const controls = await page.getByRole('toolbar').first().boundingBox();
  expect(controls!.y + controls!.height).toBeLessThanOrEqual(560);
  await app.shot('embed');
  app.expectNoErrors();
});
