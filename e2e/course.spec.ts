// The Course (issue 14): a student alone at home, in Korean, opens it from the header, walks from
// the first step to an exercise, solves it by typing, sees "Solved", reloads and finds it (and the
// Course's progress) remembered; the summary page closes the course; an exercise travels by link.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, expectNoSeriousAxeViolations, typeScenario, settled } from './app';
import { STEPS } from '../src/scenarios/course';

const EXERCISES = 'src/scenarios/exercises';
const solution = (id: string) => readFileSync(`${EXERCISES}/${id}.solution.rdv`, 'utf8');
const TOTAL = STEPS.length;

const course = (page: Page) => page.getByRole('dialog');
const bar = (page: Page) => page.getByTestId('course-bar');
const line = (page: Page) => page.getByTestId('goals-line');
const title = (page: Page) => page.getByTestId('scenario-title');

test('a student in Korean walks the Course to an exercise, solves it, and finds it remembered', async ({
  page,
}) => {
  // The whole walk, with three axe scans and two reloads, on a shared two-core machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => localStorage.setItem('rendezvous.lang', 'ko'));
  const app = new AppPage(page);
  await app.open();

  // The header's Course button opens the chapters; nothing is done yet, no bar yet.
  await expect(bar(page)).toHaveCount(0);
  await page.getByRole('button', { name: '학습 과정', exact: true }).click();
  await expect(course(page)).toBeVisible();
  await expect(course(page).getByRole('heading', { name: '학습 과정', exact: true })).toBeVisible();
  await expect(page.getByTestId('course-progress')).toContainText(`${TOTAL}단계 중 0단계 마침`);
  for (const c of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
    await expect(page.getByTestId(`course-chapter-${c}`)).toBeVisible();
  }
  await expect(page.getByTestId('course-chapter-a')).toContainText('(a) 메시지 전달이란');
  await expect(page.getByTestId('course-chapter-h')).toContainText('(h) 메시지 전달과 배리어의 차이');
  await expectNoSeriousAxeViolations(page, '[data-testid="course"]');
  await app.shot('course-ko-chapters-1280x720');

  // The focus starts on the way in; Enter starts the course, with the keyboard alone.
  await expect(course(page).getByRole('button', { name: '학습 과정 시작하기' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(course(page)).toHaveCount(0);
  await expect(title(page)).toHaveText('동기 RPC: 호출한 쪽이 기다린다');
  await expect(bar(page)).toContainText('(a) 메시지 전달이란');
  await expect(bar(page)).toContainText('2단계 중 1단계');
  await expect(page.getByTestId('course-step-done')).toHaveCount(0);
  await expect(page.getByTestId('course-step-todo')).toHaveText('할 일: 끝까지 재생하기');
  // Played to the end, the scenario step is ticked off.
  await page.locator('body').click({ position: { x: 2, y: 400 } });
  await page.keyboard.press('End');
  await expect(page.getByTestId('course-step-done')).toHaveText('✓ 마침');

  // Next: the first exercise, with its goals.
  await bar(page).getByRole('button', { name: '다음 단계' }).click();
  await expect(title(page)).toHaveText('연습: 누가 먼저 말할까?');
  await expect(bar(page)).toContainText('2단계 중 2단계');
  await expect(line(page)).toHaveText(/^목표 \d+개 중 \d+개 달성$/);
  const panel = page.getByTestId('goals-panel');
  await panel.getByRole('button', { name: /^힌트 보기/ }).click();
  await expect(page.getByTestId('goal-hint')).toHaveCount(1);
  await app.shot('course-ko-exercise-1280x720');

  // Solved by typing in the editor.
  await typeScenario(page, solution('recv-first'));
  await expect(line(page)).toHaveText('해결했습니다. 모든 목표를 달성했습니다.');
  await expect(page.getByTestId('goals-solved')).toBeVisible();
  await expect(page.getByTestId('course-step-done')).toBeVisible();
  await settled(page);
  await app.shot('course-ko-solved-1280x720');
  await expectNoSeriousAxeViolations(page, '[data-testid="goals-panel"]');
  await expectNoSeriousAxeViolations(page, '[data-testid="course-bar"]');

  // A reload: the student's text, the verdict, the hint, the place and the progress are all still there.
  await page.reload();
  await expect(line(page)).toHaveText('해결했습니다. 모든 목표를 달성했습니다.');
  await expect(page.getByTestId('goal-hint')).toHaveCount(1);
  await expect(bar(page)).toContainText('2단계 중 2단계');
  await expect(page.getByTestId('course-step-done')).toBeVisible();
  await bar(page).getByRole('button', { name: '장 목록' }).click();
  await expect(page.getByTestId('course-progress')).toContainText(`${TOTAL}단계 중 2단계 마침`);
  await expect(page.getByTestId('course-chapter-a')).toContainText('2개 중 2개 마침');
  const step = course(page).locator('[data-key="exercise:recv-first"]');
  await expect(step).toHaveAttribute('data-done', 'true');
  await expect(step).toHaveAttribute('aria-current', 'step');
  await expect(step).toHaveAccessibleName(/연습: 누가 먼저 말할까\?.*마침$/);
  await expect(
    course(page).getByRole('button', { name: /^“연습: 누가 먼저 말할까\?”로 이어 가기$/ }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(course(page)).toHaveCount(0);

  // Away and back through the Course: the exercise reopens as the student's own text, still solved.
  await bar(page).getByRole('button', { name: '이전 단계' }).click();
  await expect(title(page)).toHaveText('동기 RPC: 호출한 쪽이 기다린다');
  await bar(page).getByRole('button', { name: '다음 단계' }).click();
  await expect(line(page)).toHaveText('해결했습니다. 모든 목표를 달성했습니다.');

  // Start over, then reload: the starting text stays on screen, the solved text is a draft in the menu.
  await panel.getByRole('button', { name: '처음부터 다시' }).click();
  await expect(line(page)).toHaveText(/^목표 \d+개 중 \d+개 달성$/);
  await page.reload();
  await expect(line(page)).toHaveText(/^목표 \d+개 중 \d+개 달성$/);
  await expect(page.getByTestId('solved-before')).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: '시나리오' }).locator('option[value^="draft:"]'),
  ).not.toHaveCount(0);

  // The last step is the summary page: the guide's closing table, in Korean.
  await page.getByRole('button', { name: '학습 과정', exact: true }).click();
  await course(page).locator('[data-key="summary:summary"]').click();
  const summary = page.getByTestId('course-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('columnheader', { name: '메시지 전달' })).toBeVisible();
  await expect(summary.getByRole('columnheader', { name: '배리어' })).toBeVisible();
  await expect(summary.getByRole('rowheader', { name: '누가 기다리는가' })).toBeVisible();
  await expect(page.getByTestId('course-progress')).toContainText(`${TOTAL}단계 중 3단계 마침`);
  await expectNoSeriousAxeViolations(page, '[data-testid="course"]');
  await app.shot('course-ko-summary-1280x720');
  // Closed, the summary stays the student's place, one button away.
  await page.keyboard.press('Escape');
  await expect(course(page)).toHaveCount(0);
  await expect(bar(page)).toContainText('(h) 메시지 전달과 배리어의 차이');
  await bar(page).getByRole('button', { name: '정리 열기' }).click();
  await expect(page.getByTestId('course-summary')).toBeVisible();
  app.expectNoErrors();
});

test('in English, with the keyboard: Next and Previous through the steps, on a projector too', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await app.open();
  const button = page.getByRole('button', { name: 'Course', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(course(page)).toBeVisible();
  await app.shot('course-en-chapters-1280x720');
  // A chapter's step opens straight from the list: (f) reduce, which compares with its tree.
  await course(page).locator('[data-key="scenario:reduce-linear"]').click();
  await expect(title(page)).toHaveText("Reduce, linear: the root adds up everyone's part");
  await expect(bar(page)).toContainText('(f) Barriers');
  await expect(page.getByRole('button', { name: /Compare with “Reduce, tree/ })).toBeVisible();
  await expect(page.getByTestId('course-step-todo')).toHaveText('to do: play it to the end');
  await app.shot('course-en-bar-1280x720');

  const next = bar(page).getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('MapReduce: map, barrier, shuffle, reduce');
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Exercise: the missing barrier');
  await expect(page.getByTestId('goals-panel')).toBeVisible();
  await bar(page).getByRole('button', { name: 'Previous step' }).click();
  await expect(title(page)).toHaveText('MapReduce: map, barrier, shuffle, reduce');

  // Something else from the menu: the bar offers the way back.
  await app.pickScenario('Start gate');
  await expect(bar(page)).toContainText('This is not the course’s step.');
  await bar(page).getByRole('button', { name: 'Back to “MapReduce: map, barrier, shuffle, reduce”' }).click();
  await expect(title(page)).toHaveText('MapReduce: map, barrier, shuffle, reduce');

  // On a projector the bar stays, compact, above the stage.
  await page.locator('body').click({ position: { x: 2, y: 400 } });
  await page.keyboard.press('p');
  await expect(page.locator('.app.presenter')).toBeVisible();
  await expect(bar(page)).toBeVisible();
  const box = (await bar(page).boundingBox())!;
  expect(box.y + box.height).toBeLessThan(720 / 3);
  await app.shot('course-en-presenter-1280x720');
  // The chapters on the projector; Esc closes them and nothing else.
  await bar(page).getByRole('button', { name: 'Chapters' }).click();
  await expect(course(page)).toBeVisible();
  await app.shot('course-en-presenter-chapters-1280x720');
  await page.keyboard.press('Escape');
  await expect(course(page)).toHaveCount(0);
  await expect(page.locator('.app.presenter')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.app.presenter')).toHaveCount(0);

  // Leaving the course hides the bar; the header's button brings the same place back.
  await bar(page).getByRole('button', { name: 'Leave the course' }).click();
  await expect(bar(page)).toHaveCount(0);
  await button.click();
  await expect(
    course(page).getByRole('button', { name: 'Continue with “MapReduce: map, barrier, shuffle, reduce”' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(bar(page)).toBeVisible();
  await expectNoSeriousAxeViolations(page, '[data-testid="course-bar"]');
  app.expectNoErrors();
});

test('an exercise opened from a link, in a fresh browser, shows its goals panel', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Course', exact: true }).click();
  await course(page).locator('[data-key="exercise:balance"]').click();
  await expect(title(page)).toHaveText('Exercise: balance the stragglers');
  const link = await app.copyLink();
  expect(link).toMatch(/#v1\./);

  // A classmate's browser: nothing remembered, the link alone.
  const other = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const fresh = new AppPage(await other.newPage());
  await fresh.page.addInitScript(() => localStorage.setItem('rendezvous.tour', 'done'));
  await fresh.page.goto(link);
  await expect(title(fresh.page)).toHaveText('Exercise: balance the stragglers');
  const panel = fresh.page.getByTestId('goals-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('goal')).toHaveCount(2);
  await expect(line(fresh.page)).toHaveText(/^Goals: \d of 2 met$/);
  await expect(panel.getByRole('button', { name: 'Start over' })).toBeDisabled();
  await expect(panel.getByRole('button', { name: /^Show a hint/ })).toBeVisible();
  await expectNoSeriousAxeViolations(fresh.page, '[data-testid="goals-panel"]');
  fresh.expectNoErrors();
  await other.close();
  app.expectNoErrors();
});
