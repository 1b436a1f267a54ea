// ShiViz logs of real systems play in the app read-only: the bundled examples from the file bar,
// a `.log` file, and the app's own ShiViz export opened back as plain text (found by its content).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

const example = (name: string) => readFileSync(`src/interchange/examples/${name}.log`, 'utf8');

test('the two-phase commit example plays read-only, in English and Korean', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const before = await page.getByTestId('scenario-title').innerText();
  await page
    .getByRole('combobox', { name: 'Example logs' })
    .selectOption({ label: 'Example: two-phase commit (ShiViz log)' });
  // The importer is loaded on first use.
  await expect(page.getByTestId('imported')).toContainText(
    'Playing the trace from Example: two-phase commit (ShiViz log)',
    { timeout: 15_000 },
  );
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toHaveCount(0);
  // A log has no scenario text to put in a page or a link.
  await expect(app.button('Export page…')).toBeDisabled();
  for (const host of ['coordinator', 'db-east', 'db-west']) await expect(app.process(host)).toBeVisible();
  // Step to the first PREPARE in flight: a message from the coordinator to a database.
  await app.stepUntil(async () => (await page.locator('g.message').count()) > 0);
  await expect(app.narration).toContainText('coordinator');
  await app.shot('shiviz-import-en');
  await page.keyboard.press('End');
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await page
    .getByRole('combobox', { name: '예제 로그' })
    .selectOption({ label: '예제: 가십 멤버십 (ShiViz 로그)' });
  await expect(page.getByTestId('imported')).toContainText(
    '예제: 가십 멤버십 (ShiViz 로그)의 트레이스를 재생하는 중',
  );
  for (const host of ['n1', 'n2', 'n3']) await expect(app.process(host)).toBeVisible();
  for (let k = 0; k < 40 && (await page.locator('g.message').count()) === 0; k++)
    await page.getByRole('button', { name: '한 단계 앞으로', exact: true }).click();
  await expect(page.locator('g.message').first()).toBeVisible();
  await app.shot('shiviz-import-ko');

  await page.getByRole('button', { name: '내 시나리오로 돌아가기' }).click();
  await expect(page.getByTestId('imported')).toHaveCount(0);
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.getByTestId('scenario-title')).toHaveText(before);
  app.expectNoErrors();
});

test('a .log file plays, and the app’s own ShiViz export opens back as text', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('open-file').setInputFiles({
    name: 'gossip.log',
    mimeType: 'text/plain',
    buffer: Buffer.from(example('gossip')),
  });
  await expect(page.getByTestId('imported')).toContainText('Playing the trace from gossip.log');
  await expect(page.getByTestId('scenario-title')).toHaveText('gossip.log');
  await page.keyboard.press('End');
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');
  await app.button('Back to my scenario').click();

  // Export the built-in run as a ShiViz log, then open that file as `.txt`: its content says what it is.
  await app.pickScenario('Synchronous RPC: the caller waits');
  const download = page.waitForEvent('download');
  await app.button('Export ShiViz log').click();
  const log = readFileSync((await (await download).path())!, 'utf8');
  await page.getByTestId('open-file').setInputFiles({
    name: 'rpc-run.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(log),
  });
  await expect(page.getByTestId('imported')).toContainText('Playing the trace from rpc-run.txt');
  for (const host of ['Client', 'Server']) await expect(app.process(host)).toBeVisible();
  await page.keyboard.press('End');
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');
  app.expectNoErrors();
});
