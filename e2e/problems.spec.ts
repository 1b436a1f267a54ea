// Problems and run-time errors speak the chosen language and open their entry in the reference.
import { expect, test } from '@playwright/test';
import { AppPage, typeScenario, WITH_TYPO } from './app';

test('a problem reads in the chosen language and opens its reference entry', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, WITH_TYPO);
  const typo = page.getByRole('list', { name: 'Problems' }).getByRole('listitem').first();
  await expect(typo).toHaveText(/^6:3 error unknown keyword `sned` — did you mean `send`\?\s*Learn more$/);
  await typo.getByRole('button', { name: 'Learn more: unknown-keyword' }).click();
  const help = page.getByTestId('help');
  await expect(help.getByRole('tab', { name: 'Reference', selected: true })).toBeVisible();
  await expect(help.locator('[id="unknown-keyword"]')).toBeFocused();
  await expect(help.locator('[id="unknown-keyword"]')).toBeInViewport();
  await app.shot('problems-learn-more-en');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  const ko = page.getByRole('list', { name: '문제' }).getByRole('listitem').first();
  await expect(ko).toHaveText(
    /^6:3 오류 `sned` 키워드는 이 언어에 없습니다 — 혹시 `send`인가요\?\s*설명 보기$/,
  );
  await app.shot('problems-list-ko');

  // The editor's underline explains itself in Korean too, with the same way to the reference.
  await page.locator('.cm-lintRange-error').hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await expect(tooltip).toContainText('`sned` 키워드는 이 언어에 없습니다 — 혹시 `send`인가요?');
  await expect(tooltip.getByRole('button', { name: 'send(으)로 바꾸기' })).toBeVisible();
  await app.shot('problems-lint-ko');
  await tooltip.getByRole('button', { name: '설명 보기' }).click();
  await expect(help.locator('[id="unknown-keyword"]')).toBeFocused();
  await expect(help.getByRole('tabpanel')).toHaveAttribute('lang', 'ko');
  app.expectNoErrors();
});

test('a run-time error says what went wrong in Korean and links to its entry', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, 'process W[1..3]\n  compute 6 / (3 - i)\nend\n');
  await expect(app.process('W[3]')).toBeVisible();
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'error');
  await expect(app.outcome).toContainText('division by zero');
  await expect(app.outcome.getByRole('button', { name: 'Learn more: run-division-by-zero' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(app.outcome).toContainText(
    't=0에 W[3] 프로세스의 2번째 줄에서 오류가 나서 실행이 멈췄습니다: 0으로 나누려 했습니다',
  );
  // At the end the banner stands in the narration's place; nothing there is left in English.
  await expect(page.locator('.narration')).not.toContainText('division by zero');
  await expect(page.getByTestId('event-log')).toContainText(
    'W[3] 프로세스가 2번째 줄에서 오류로 멈춥니다: 0으로 나누려 했습니다',
  );
  await app.shot('run-error-ko');
  await app.outcome.getByRole('button', { name: '설명 보기: run-division-by-zero' }).click();
  const help = page.getByTestId('help');
  await expect(help.locator('[id="run-division-by-zero"]')).toBeFocused();
  await expect(help.locator('[id="run-division-by-zero"]')).toBeInViewport();
  await app.shot('run-error-help-ko');
  app.expectNoErrors();
});

test('an outcome other than a run-time error has no link', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, 'process A\n  compute 2\nend\n');
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');
  await expect(app.outcome.getByRole('button')).toHaveCount(0);
  app.expectNoErrors();
});

test('a worker that fails gives the run-worker-failed code with what happened', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const outcomes = await page.evaluate(async () => {
    type Api = { run(source: string, options?: object): Promise<string> };
    const api = (window as unknown as { rendezvous: Api }).rendezvous;
    const blob = (code: string) => () =>
      new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    const text = 'process A\n  compute 1\nend';
    const crashed = await api.run(text, {
      createWorker: blob('onmessage = () => { throw new Error("boom") }'),
    });
    const silent = await api.run(text, { createWorker: blob('onmessage = () => {}'), timeoutMs: 300 });
    return [JSON.parse(crashed).outcome, JSON.parse(silent).outcome];
  });
  expect(outcomes[0]).toMatchObject({
    kind: 'error',
    code: 'run-worker-failed',
    params: { reason: 'crashed', worker: 1 },
  });
  const detail = outcomes[0].params.detail || 'it could not run';
  expect(outcomes[0].message).toBe(`Error at t=0: Worker 1 crashed: ${detail}.`);
  expect(outcomes[1]).toMatchObject({
    kind: 'error',
    message: 'Error at t=0: Worker 1 stopped answering (no reply in 300 ms).',
    code: 'run-worker-failed',
    params: { reason: 'timeout', worker: 1, ms: 300 },
  });
});
