// Goals about every order (issue 18): a student in Korean opens "deadlock-free in every order" from
// the Course; the goals panel explores every order by itself and says the never-goal is not met,
// with the run that breaks it one click away (its clock and narration in deliveries); the student
// fixes the text, the panel explores again and the exercise is solved.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, expectNoSeriousAxeViolations, typeScenario, settled } from './app';

const solution = readFileSync('src/scenarios/exercises/order-free.solution.rdv', 'utf8');

const line = (page: Page) => page.getByTestId('goals-line');
const panel = (page: Page) => page.getByTestId('goals-panel');
const neverGoal = (page: Page) => panel(page).getByTestId('goal').first();

/** Opens the Course's chapters with its header button and picks the exercise `id`. */
async function openFromCourse(page: Page, id: string, courseButton = 'Course') {
  await page.getByRole('button', { name: courseButton, exact: true }).click();
  await page.locator(`[data-testid="course-step"][data-key="exercise:${id}"]`).click();
}

test('in Korean, the never-goal is explored, not met with a Show it, then met once the text is fixed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => localStorage.setItem('rendezvous.lang', 'ko'));
  const app = new AppPage(page);
  await app.open();

  // From the Course's chapter list, chapter (g): the exercise.
  await openFromCourse(page, 'order-free', '학습 과정');
  await expect(page.getByTestId('scenario-title')).toHaveText('연습: 어떤 순서에서도 교착 없이');
  await expect(page.getByTestId('course-bar')).toContainText('(g) 교착 상태와 피하는 법');

  // The run on the stage completes, but some order deadlocks: the panel found it by exploring.
  await expect(neverGoal(page)).toHaveAttribute('data-state', 'not-met', { timeout: 20_000 });
  await expect(neverGoal(page)).toContainText('네트워크가 어떤 순서로 전달해도 교착 상태가 되지 않는다');
  await expect(neverGoal(page)).toContainText(
    '미달성: 실행이 교착 상태로 끝나는 순서가 있습니다. 가장 짧은 실행은 전달 2번입니다',
  );
  await expect(panel(page).getByTestId('goal').nth(1)).toHaveAttribute('data-state', 'met');
  await expect(line(page)).toHaveText('목표 3개 중 2개 달성');
  const showIt = neverGoal(page).getByRole('button', { name: '보여 주기' });
  await expect(showIt).toBeVisible();
  await app.shot('course-orders-not-met-ko-1280x720');
  await expectNoSeriousAxeViolations(page, '[data-testid="goals-panel"]');

  // Show it: the order that deadlocks plays on the stage, its clock and narration in deliveries.
  await showIt.click();
  await expect(page.getByTestId('explored')).toContainText('전달 2번 만에 교착 상태로 끝납니다');
  await expect(page.locator('.position')).toContainText('전달 0');
  const forward = app.button('한 단계 앞으로');
  while (await forward.isEnabled()) await forward.click();
  await expect(app.outcome).toContainText('교착 상태');
  await expect(app.process('Coordinator')).toHaveAttribute('data-status', 'blocked');
  // The goals about the run keep the timed run's verdicts while this order plays.
  await expect(line(page)).toHaveText('목표 3개 중 2개 달성');
  await app.shot('course-orders-show-it-ko-1280x720');

  // The fix: each recv says whose vote it takes. The panel explores again, then: solved.
  await typeScenario(page, solution);
  await expect(panel(page).getByTestId('goals-exploring')).toBeVisible();
  await expect(line(page)).toHaveText('목표: 모든 순서를 탐색하는 중…');
  await app.shot('course-orders-exploring-ko-1280x720');
  await expect(neverGoal(page)).toHaveAttribute('data-state', 'met', { timeout: 20_000 });
  await expect(neverGoal(page)).toContainText(
    /상태 \d+개를 모두 탐색했고, 실행이 교착 상태로 끝나는 순서는 없습니다/,
  );
  await expect(neverGoal(page).getByRole('button', { name: '보여 주기' })).toHaveCount(0);
  await expect(line(page)).toHaveText('해결했습니다. 모든 목표를 달성했습니다.');
  await expect(page.getByTestId('goals-solved')).toBeVisible();
  await expect(page.getByTestId('course-step-done')).toBeVisible();
  await settled(page);
  await app.shot('course-orders-solved-ko-1280x720');

  // The same, in English.
  await page.getByRole('combobox', { name: /언어|Language/ }).selectOption('en');
  await expect(line(page)).toHaveText('Solved: every goal is met.');
  await expect(neverGoal(page)).toContainText('No order of the network deadlocks');
  await settled(page);
  await app.shot('course-orders-solved-en-1280x720');
  app.expectNoErrors();
});

test('in English, survive one lost message: the goal explores with one loss and shows the hang', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await app.open();
  await openFromCourse(page, 'lose-one');
  await expect(page.getByTestId('scenario-title')).toHaveText('Exercise: survive one lost message');
  await expect(neverGoal(page)).toHaveAttribute('data-state', 'not-met', { timeout: 20_000 });
  await expect(neverGoal(page)).toContainText('some order makes the run end in a deadlock');
  await app.shot('course-orders-lose-one-en-1280x720');
  await neverGoal(page).getByRole('button', { name: 'Show it' }).click();
  const forward = app.button('Step forward');
  while (await forward.isEnabled()) await forward.click();
  await expect(app.outcome).toContainText('Deadlock');
  await expect(page.getByTestId('narration').or(app.outcome)).toBeVisible();
  // The lost message is listed on this run's clock, which counts deliveries, not ticks.
  await expect(page.getByTestId('lost-list')).toContainText(/· delivery \d+/);
  await expect(page.getByTestId('lost-list')).not.toContainText('t=');
  await app.shot('course-orders-lose-one-run-en-1280x720');
  app.expectNoErrors();
});

test('find the order that breaks it: Show it on the can-goal, Make it a what-if, and the run deadlocks', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await app.open();
  await openFromCourse(page, 'break-order');
  await expect(page.getByTestId('scenario-title')).toHaveText('Exercise: find the order that breaks it');
  // Some order deadlocks (met), but the run on the stage does not: 1 of 3.
  const canGoal = neverGoal(page);
  await expect(canGoal).toHaveAttribute('data-state', 'met', { timeout: 20_000 });
  await expect(line(page)).toHaveText('Goals: 1 of 3 met');
  await canGoal.getByRole('button', { name: 'Show it' }).click();
  const banner = page.getByTestId('explored');
  await expect(banner).toContainText('it ends in a deadlock after 2 deliveries');
  // The fault lines that force that order go into a new branch; the timed run then deadlocks.
  await banner.getByRole('button', { name: 'Make it a what-if' }).click();
  await expect(banner).toHaveCount(0);
  await expect(line(page)).toHaveText('Solved: every goal is met.', { timeout: 20_000 });
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('Deadlock');
  await settled(page);
  await app.shot('course-orders-break-order-en-1280x720');
  app.expectNoErrors();
});
