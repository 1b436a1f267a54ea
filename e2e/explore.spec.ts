// Every order: a student asks "can this deadlock?", the explorer answers in their language, and
// the shortest run that does plays on the stage, delivery by delivery.
import { expect, test } from '@playwright/test';
import { AppPage, expectNoSeriousAxeViolations, typeScenario } from './app';

/** Many processes sending to each other: far more orders than a moment's search visits. */
const BIG = `process P[0..5]
  repeat 3
    send P[(i + 1) % n] "x"
    send P[(i + 2) % n] "y"
  end
  repeat 6
    recv
  end
end
`;

test('in Korean, the race can deadlock; its shortest run plays to the deadlock, and becomes a what-if', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await app.pickScenario('A recv race');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  // The timed run completes: one order of many.
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('완료');

  await app.button('모든 순서').click();
  const result = page.getByTestId('explore-result');
  await expect(result).toContainText('교착 상태가 될 수 있습니다: 가장 짧은 경우 전달 2번이면 됩니다.');
  await expect(result).toContainText('완료될 수 있습니다: 가장 짧은 경우 전달 2번이면 됩니다.');
  await expect(page.locator('#explore-card')).toContainText('상태 9개를 모두 살펴봤습니다.');
  await app.shot('explore-result-ko-1280x720');
  await expectNoSeriousAxeViolations(page, '#explore-card');

  // The deadlock is listed first; its run plays on the stage, read-only, its clock in deliveries.
  await result.locator('li[data-kind="deadlock"]').getByRole('button', { name: '보여 주기' }).click();
  const banner = page.getByTestId('explored');
  await expect(banner).toContainText('탐색기가 찾은 순서 하나: 전달 2번 만에 교착 상태로 끝납니다.');
  await expect(page.locator('.position')).toContainText('전달 0');
  await expect(page.getByRole('textbox', { name: /시나리오 소스|Scenario source/ })).toBeVisible();
  // Step through it: the monitor's report is delivered first, and the collector's plain recv takes it.
  const forward = app.button('한 단계 앞으로');
  await forward.click();
  await expect(app.narration).toContainText(/^전달 0 · /);
  let steps = 1;
  while (await forward.isEnabled()) {
    await forward.click();
    steps++;
  }
  expect(steps).toBeGreaterThan(5);
  await expect(page.locator('.position')).toContainText('전달 2');
  await expect(app.outcome).toContainText('교착 상태');
  await expect(app.process('Collector')).toHaveAttribute('data-status', 'blocked');
  await app.shot('explore-run-ko-1280x720');

  // The same order in the timed run: one delay line in a new branch, and the timed run deadlocks.
  await banner.getByRole('button', { name: '만약에 분기로 만들기' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('branch-bar')).toBeVisible();
  // The branch is named by the line it wrote (`delay Worker Collector by 3`).
  await expect(page.getByTestId('branch-bar')).toContainText('3틱 지연: Worker → Collector');
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('교착 상태');
  await expect(page.locator('.position')).toContainText('t=');
  app.expectNoErrors();
});

test('in English: the ring always deadlocks, the ordered ring never does, and an RPC loses one message', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await app.pickScenario('Ring with ssend: everyone sends first');
  await app.button('Every order').click();
  const card = page.locator('#explore-card');
  await expect(card).toContainText('Always deadlocks: all 16 states explored.');
  await expect(card).toContainText('The shortest run takes 4 deliveries.');

  await app.pickScenario('Ring with ssend, fixed');
  await expect(card).toContainText('The text has changed since this search.');
  await card.getByRole('button', { name: 'Search again' }).click();
  await expect(card).toContainText('Always completes: all 64 states explored.');
  await app.shot('explore-result-en-1280x720');

  await app.pickScenario('RPC with a lost reply');
  await card.getByRole('combobox', { name: 'Messages the network may lose' }).selectOption('1');
  await expect(card).toContainText('Can deadlock: the shortest way takes 1 delivery.');
  await expect(card).toContainText('Fault lines with times');
  await expectNoSeriousAxeViolations(page, '#explore-card');
  await app.shot('explore-lose-en-1280x720');
  app.expectNoErrors();
});

test('Cancel stops a long search and says not every order was checked', async ({ page }) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await typeScenario(page, BIG);
  await expect(page.getByTestId('scenario-title')).not.toContainText('RPC');
  await app.button('Every order').click();
  const figures = page.getByTestId('explore-progress');
  await expect(figures).toContainText(/[1-9][\d,]* states visited · [1-9][\d,]* states per second/);
  await expect(page.getByRole('progressbar', { name: 'Search progress' })).toBeVisible();
  await app.shot('explore-progress-en-1280x720');
  await app.button('Cancel').click();
  await expect(page.getByTestId('explore-result')).toContainText(
    /Cancelled after [\d,]+ states: not every order was checked\./,
  );
  await expect(app.button('Every order')).toBeEnabled();
  app.expectNoErrors();
});

test('presenter mode at 1920×1080: the answer is large enough for the room', async ({ page }) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await app.pickScenario('A recv race');
  await app.button('Every order').click();
  await expect(page.getByTestId('explore-result')).toContainText('Can deadlock');
  await page.locator('body').press('p');
  await expect(page.locator('.app.presenter')).toBeVisible();
  await expect(page.locator('#explore-card')).toBeVisible();
  await app.shot('explore-presenter-1920x1080');
  // In Korean, the deadlock's run on the projector.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await page
    .getByTestId('explore-result')
    .locator('li[data-kind="deadlock"]')
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByTestId('explored')).toBeVisible();
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('교착 상태');
  await app.shot('explore-presenter-ko-1920x1080');
  await page.locator('body').press('Escape');
  app.expectNoErrors();
});
