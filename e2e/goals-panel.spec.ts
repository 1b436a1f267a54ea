// The goals panel (SPEC §7): a scenario with `goal` lines shows each goal with its verdict after
// every run, says so while the text has errors instead of showing old verdicts, and has a clear
// "Solved" moment; it stays in view at 1280×720, in Korean and on a projector.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, expectNoSeriousAxeViolations, typeScenario, settled } from './app';

/** Not an exercise (its title is its own), so solving it is not remembered. */
const FIXTURE = `title en "Goals panel fixture"
title ko "목표 패널 연습"
process Client
  call Server "ping"
end
process Server
  recv
  compute 3
  reply "pong"
end
goal outcome completed en "Make it finish" ko "끝까지 돌게 하라"
goal blocked Client <= 2 en "Keep the client waiting at most 2 ticks" ko "클라이언트는 2틱까지만 기다리게 하라"
`;
const SOLVED = FIXTURE.replace('  compute 3\n', '');

const panel = (page: Page) => page.getByTestId('goals-panel');
const line = (page: Page) => page.getByTestId('goals-line');
const goal = (page: Page, k: number) => page.getByTestId('goal').nth(k);

/** The whole of `locator` lies inside the window (no scrolling needed to see it). */
async function expectInWindow(page: Page, testId: string) {
  const box = (await page.getByTestId(testId).boundingBox())!;
  const size = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
}

test('goals show their verdicts, wait while the text has errors, and say Solved when all are met', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await app.open();
  // A built-in without goals has no panel and no line.
  await expect(panel(page)).toHaveCount(0);
  await expect(line(page)).toHaveCount(0);

  await typeScenario(page, FIXTURE);
  await expect(line(page)).toHaveText('Goals: 1 of 2 met');
  await expect(goal(page, 0)).toHaveAttribute('data-state', 'met');
  await expect(goal(page, 0)).toContainText('Make it finish');
  await expect(goal(page, 0)).toContainText('met: the run completes at t=5');
  await expect(goal(page, 1)).toHaveAttribute('data-state', 'not-met');
  await expect(goal(page, 1)).toContainText('not met: Client was blocked 5 ticks; the goal allows 2');
  await expect(page.getByTestId('goals-solved')).toHaveCount(0);
  // Not an exercise: no Start over, no hints.
  await expect(panel(page).getByRole('button')).toHaveCount(0);
  await expectInWindow(page, 'goals-panel');
  await expectInWindow(page, 'goals-line');
  await app.shot('goals-not-met-1280x720');
  await expectNoSeriousAxeViolations(page, '[data-testid="goals-panel"]');

  // A typo: the goals stay listed, without the old verdicts.
  await typeScenario(page, FIXTURE.replace('  recv\n', '  recv\n  sned Client\n'));
  await expect(line(page)).toHaveText('Goals: fix the errors first');
  await expect(page.getByTestId('goals-note')).toHaveText(
    'The text has errors: fix them and the goals are checked again.',
  );
  await expect(page.getByTestId('goal')).toHaveCount(2);
  await expect(panel(page).locator('.goal-verdict')).toHaveCount(0);
  await expect(goal(page, 1)).toHaveAttribute('data-state', 'unknown');

  // The server answers at once: every goal is met.
  await typeScenario(page, SOLVED);
  await expect(line(page)).toHaveText('Solved: every goal is met.');
  await expect(line(page)).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('goals-solved')).toBeVisible();
  await expect(goal(page, 1)).toContainText('met: Client was blocked 2 ticks; the goal allows 2');
  await expectInWindow(page, 'goals-panel');
  await settled(page);
  await app.shot('goals-solved-1280x720');
  await expectNoSeriousAxeViolations(page, '[data-testid="goals-panel"]');

  // A reload reopens the student's draft, run and checked again; a text that is not an exercise
  // has no "Solved before".
  await page.reload();
  await expect(line(page)).toHaveText('Solved: every goal is met.');
  await expect(page.getByTestId('solved-before')).toHaveCount(0);
  app.expectNoErrors();
});

test('in Korean, and in presenter mode the theatre line carries the verdict', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await typeScenario(page, FIXTURE);
  await expect(line(page)).toHaveText('목표 2개 중 1개 달성');
  await expect(goal(page, 0)).toContainText('끝까지 돌게 하라');
  await expect(goal(page, 0)).toContainText('달성: 실행이 t=5에 완료되었습니다');
  await expect(goal(page, 1)).toContainText(
    '미달성: Client는 5틱 동안 막혀 있었습니다. 목표는 2틱 이하입니다',
  );
  await expectInWindow(page, 'goals-panel');
  await app.shot('goals-ko-1280x720');
  await expectNoSeriousAxeViolations(page, '[data-testid="goals-panel"]');

  await typeScenario(page, SOLVED);
  await expect(line(page)).toHaveText('해결했습니다. 모든 목표를 달성했습니다.');
  await settled(page);
  await app.shot('goals-ko-solved-1280x720');

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await page.locator('body').click({ position: { x: 2, y: 300 } });
    await page.keyboard.press('p');
    await expect(page.locator('.app.presenter')).toBeVisible();
    await expect(line(page)).toBeVisible();
    await expectInWindow(page, 'goals-line');
    await app.shot(`goals-ko-presenter-${size.width}x${size.height}`);
    await page.keyboard.press('Escape');
    await expect(page.locator('.app.presenter')).toHaveCount(0);
  }
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await typeScenario(page, FIXTURE);
  await expect(line(page)).toHaveText('Goals: 1 of 2 met');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('body').click({ position: { x: 2, y: 300 } });
  await page.keyboard.press('p');
  await expect(page.locator('.app.presenter')).toBeVisible();
  await app.shot('goals-presenter-1920x1080');
  app.expectNoErrors();
});

// The exercises (src/scenarios/exercises): each `NAME.rdv` has a `NAME.solution.rdv`. The first one
// is solved by typing, remembered across a reload, restored by Start over, and its hints shown.
const EXERCISES = 'src/scenarios/exercises';
const first = existsSync(EXERCISES)
  ? readdirSync(EXERCISES)
      .filter((f) => f.endsWith('.solution.rdv'))
      .map((f) => f.replace(/\.solution\.rdv$/, ''))
      .sort()[0]
  : undefined;
if (first !== undefined) {
  const start = readFileSync(`${EXERCISES}/${first}.rdv`, 'utf8');
  const solution = readFileSync(`${EXERCISES}/${first}.solution.rdv`, 'utf8');
  test(`an exercise (${first}): solved, remembered, started over, hinted`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new AppPage(page);
    await app.open();
    await typeScenario(page, start);
    await expect(line(page)).toHaveText(/^Goals: \d+ of \d+ met$/);
    await expect(page.getByTestId('solved-before')).toHaveCount(0);
    const hint = panel(page).getByRole('button', { name: /^Show a hint \(1 of \d+\)$/ });
    await hint.click();
    await expect(page.getByTestId('goal-hint')).toHaveCount(1);

    await typeScenario(page, solution);
    await expect(line(page)).toHaveText('Solved: every goal is met.');
    await page.reload();
    await expect(line(page)).toHaveText('Solved: every goal is met.');
    // Start over puts back the starting text; the solved text stays in the menu as a draft.
    await panel(page).getByRole('button', { name: 'Start over' }).click();
    await expect(line(page)).toHaveText(/^Goals: \d+ of \d+ met$/);
    await expect(page.getByTestId('solved-before')).toHaveText('Solved before');
    await expect(panel(page).getByRole('button', { name: 'Start over' })).toBeDisabled();
    const menu = page.getByRole('combobox', { name: 'Scenario' });
    await expect(menu.locator('option[value^="draft:"]')).not.toHaveCount(0);
    await app.shot('goals-exercise-solved-before');
    await expectNoSeriousAxeViolations(page, '[data-testid="goals-panel"]');
    app.expectNoErrors();
  });
}
