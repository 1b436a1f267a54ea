// A class that reads Korean steps through the barrier scenario with the keyboard.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

const HANGUL = /[\uac00-\ud7a3]/;

interface Step {
  index: number;
  narration: string;
  count: string;
  open: boolean;
}

test('in Korean, stepping with → narrates arrivals at the barrier, the gate counts up and opens, the outcome is Korean', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '한국어' });
  // The controls now speak Korean, their names included.
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  await page.getByRole('combobox', { name: '시나리오' }).selectOption('builtin:barrier');
  await expect(app.page.getByTestId('scenario-title')).toHaveText('느린 참가자가 있는 배리어');
  await expect(app.narration).toHaveAttribute('aria-live', 'polite');
  // The keys act on the page, not on the menu that has focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const timeline = page.getByRole('slider', { name: '타임라인 위치' });
  const last = Number(await timeline.getAttribute('max'));
  const gate = app.barrier('sync');
  const count = page.getByTestId('barrier-count-sync');
  await expect(count).toHaveText('0/3');

  const steps: Step[] = [];
  let openShot = false;
  for (let index = Number(await timeline.inputValue()); index < last;) {
    await page.keyboard.press('ArrowRight');
    index++;
    await expect(timeline).toHaveValue(String(index));
    const step = {
      index,
      // At the end the outcome banner takes the narration's place.
      narration: (await (index === last ? app.outcome : app.narration).textContent()) ?? '',
      count: (await count.textContent()) ?? '',
      open: ((await gate.getAttribute('class')) ?? '').split(' ').includes('open'),
    };
    steps.push(step);
    if (step.open && !openShot) {
      openShot = true;
      await app.shot('classroom-ko-gate-open');
    }
  }
  const story = steps.map((s) => `${s.index} ${s.count}${s.open ? ' open' : ''} ${s.narration}`).join('\n');

  // Every sentence is Korean.
  for (const s of steps) expect(s.narration, story).toMatch(HANGUL);
  // Arrivals, as the narration phrases them, in order: the first two wait, the last opens the gate.
  const arrivals = steps.filter((s) => s.narration.includes('배리어 sync에'));
  expect(arrivals.map((s) => s.narration.replace(/^t=\d+ · /, '')).slice(0, 3), story).toEqual([
    'Worker[1] 프로세스가 배리어 sync에 도착합니다 (0세대, 1/3).',
    'Worker[2] 프로세스가 배리어 sync에 도착합니다 (0세대, 2/3).',
    'Worker[3] 프로세스가 배리어 sync에 마지막으로 도착합니다 (0세대, 3/3). 이제 배리어가 열립니다.',
  ]);
  // The gate counts 1/3, 2/3 as they arrive, shut; then stands open at 3/3 for the release.
  const at = (text: string) => steps.find((s) => s.narration.includes(text))!;
  expect(at('Worker[1] 프로세스가 배리어 sync에 도착합니다'), story).toMatchObject({
    count: '1/3',
    open: false,
  });
  expect(at('Worker[2] 프로세스가 배리어 sync에 도착합니다'), story).toMatchObject({
    count: '2/3',
    open: false,
  });
  const release = at('배리어 sync의 0세대가 다 모였습니다.');
  expect(release.narration, story).toContain('Worker[1], Worker[2], Worker[3] 모두 함께 다시 진행합니다.');
  expect(release, story).toMatchObject({ count: '3/3', open: true });
  expect(
    steps.findIndex((s) => s.open),
    story,
  ).toBeGreaterThan(steps.indexOf(at('Worker[2] 프로세스가')));
  // The counts never go down before the gate opens.
  const shut = steps
    .slice(
      0,
      steps.findIndex((s) => s.open),
    )
    .map((s) => Number(s.count.split('/')[0]));
  expect(shut, story).toEqual([...shut].sort((a, b) => a - b));

  // The outcome, in Korean.
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');
  await expect(app.outcome).toContainText(
    '실행이 완료되었습니다. 모든 프로세스가 t=10까지 프로그램을 끝까지 실행했습니다.',
  );
  // Said once: the narration does not repeat the banner.
  await expect(app.narration).toHaveCount(0);
  const theatre = (await page.locator('.theatre').innerText()).split('실행이 완료되었습니다.');
  expect(theatre).toHaveLength(2);
  await app.shot('classroom-ko-end');
  app.expectNoErrors();
});
