// The built-ins that teach failure, as a teacher opens them: the crashed-barrier pair side by side
// in the compare view, and the lost reply played to its end in Korean.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

test('the crashed barrier opens beside its timeout twin in the compare view', async ({ page }) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open();
  await app.pickScenario('Barrier with a crashed worker');
  await page.getByRole('button', { name: /^Compare with/ }).click();
  await expect(page.getByTestId('compare-barrier-crash')).toBeVisible();
  await expect(page.getByTestId('compare-barrier-timeout')).toBeVisible();
  await expect(page.getByTestId('spacetime')).toHaveCount(2);
  // The crash run deadlocks at t=4; until then both runs did exactly the same.
  await expect(page.getByTestId('compare-same-until')).toHaveText('Same until t=4');
  await page.getByRole('slider', { name: 'Timeline position' }).fill('10');
  await app.shot('failure-barrier-compare');
  // The language switch renames both halves and rewords the head, without running them again.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByTestId('compare-same-until')).toHaveText('t=4까지 같음');
  await expect(page.getByTestId('compare-barrier-crash').getByRole('heading').first()).toHaveText(
    '워커가 죽은 배리어: 모두가 기다린다',
  );
  await expect(page.getByTestId('compare-sentence')).toContainText('「워커가 죽은 배리어: 모두가 기다린다」');
  await expect(page.getByTestId('spacetime')).toHaveCount(2);
  await app.shot('failure-barrier-compare-ko');
  app.expectNoErrors();
});

test('the lost reply ends with the caller still waiting, told in Korean', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('RPC with a lost reply');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByTestId('scenario-title')).toContainText('응답이 사라진 RPC');
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('교착 상태');
  await expect(app.outcome).toContainText('Client가 Server의 응답을 기다립니다');
  await app.shot('failure-lost-reply-ko');
  app.expectNoErrors();
});
