// A teacher writes, shares and reopens scenarios.
import { expect, test } from '@playwright/test';
import { AppPage, typeScenario, WITH_TYPO } from './app';

test('a typo is reported at its line with a hint; fixing it runs the scenario', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, WITH_TYPO);
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('6:3');
  await expect(problems).toContainText('did you mean `send`?');
  // The editor underlines the word itself.
  await expect(page.locator('.cm-lintRange-error')).toHaveText('sned');
  await app.shot('editor-typo');

  await typeScenario(page, WITH_TYPO.replace('sned Client', 'reply "pong"'));
  await expect(page.getByText('No problems found.')).toBeVisible();
  await expect(app.process('Client')).toBeVisible();
  // The run of the fixed text arrives a moment after the checker's verdict and starts at the
  // beginning: Jump to end until the end seen is this run's.
  await expect(async () => {
    await app.button('Jump to end').click();
    await expect(app.outcome).toHaveAttribute('data-kind', 'completed', { timeout: 1000 });
  }).toPass();
  app.expectNoErrors();
});

test('edits survive a reload, and the built-ins never take them away', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, 'title "Mine"\nprocess Alone\n  compute 3\nend\n');
  await expect(app.process('Alone')).toBeVisible();
  await app.pickScenario('Barrier with a straggler');
  await page.reload();
  await expect(page.getByTestId('scenario-title')).toContainText('Barrier with a straggler');
  const menu = page.getByRole('combobox', { name: 'Scenario' });
  const mine = menu.locator('option', { hasText: 'My scenario: Mine' });
  await menu.selectOption({ value: (await mine.getAttribute('value'))! });
  await expect(app.process('Alone')).toBeVisible();
  await page.reload();
  await expect(app.process('Alone')).toBeVisible();
  app.expectNoErrors();
});

test('a share link opens the same scenario at the same step, with no server', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  for (let k = 0; k < 5; k++) await app.button('Step forward').click();
  const step = await app.timeline.inputValue();
  const link = await app.copyLink();
  expect(link).toMatch(/#v1\./);

  const other = new AppPage(await context.newPage());
  await other.page.goto(link);
  await expect(other.page.getByTestId('scenario-title')).toHaveText('Barrier with a straggler');
  await expect(other.timeline).toHaveValue(step);
  await expect(other.narration).toHaveText(await app.narration.innerText());
  other.expectNoErrors();
});

test('a damaged link and a malformed file each give a message and lose nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, 'title "Keep me"\nprocess Keeper\n  compute 1\nend\n');
  await expect(app.process('Keeper')).toBeVisible();

  await page.goto('./#v1.this-is-not-a-real-link');
  await expect(page.getByTestId('notice')).toContainText('The link could not be opened.');
  await expect(app.process('Keeper')).toBeVisible();
  await app.shot('damaged-link');
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByTestId('open-file').setInputFiles({
    name: 'picture.rdv',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]),
  });
  await expect(page.getByTestId('notice')).toContainText('picture.rdv could not be opened.');
  await expect(app.process('Keeper')).toBeVisible();
  expect(app.errors.filter((e) => !e.includes('the link could not be opened'))).toEqual([]);
});

test('a .rdv file opens, and the scenario saves and exports as files', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('open-file').setInputFiles({
    name: 'pingpong.rdv',
    mimeType: 'text/plain',
    buffer: Buffer.from('title "Ping pong"\nprocess A\n  ssend B "ping"\nend\nprocess B\n  recv\nend\n'),
  });
  await expect(page.getByTestId('scenario-title')).toHaveText('Ping pong');
  const save = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save .rdv' }).click();
  expect((await save).suggestedFilename()).toBe('Ping-pong.rdv');
  const trace = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export trace (JSON)' }).click();
  const json = JSON.parse(await streamText(await (await trace).createReadStream()));
  expect(json.format).toBe('rendezvous.trace');
  expect(json.scenario.processes).toEqual(['A', 'B']);
  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export stage (SVG)' }).click();
  expect(await streamText(await (await svg).createReadStream())).toContain('data-process="A"');
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export stage (PNG)' }).click();
  expect((await png).suggestedFilename()).toBe('Ping-pong.png');
  app.expectNoErrors();
});

test('every built-in scenario loads and runs without console errors', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const menu = page.getByRole('combobox', { name: 'Scenario' });
  const values = await menu
    .locator('optgroup')
    .last()
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values.length).toBeGreaterThanOrEqual(11);
  for (const value of values) {
    await menu.selectOption(value);
    await app.button('Jump to end').click();
    await expect(app.outcome).toBeVisible();
  }
  app.expectNoErrors();
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

test('the settings form rewrites the text, and the run follows', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const editor = page.getByRole('textbox', { name: 'Scenario source' });
  await expect(editor).toContainText('latency 2');
  await page.getByRole('spinbutton', { name: 'Latency (ticks)' }).fill('5');
  await expect(editor).toContainText('latency 5');
  await expect(editor).toContainText('# A client makes two remote procedure'); // comments kept
  await app.button('Jump to end').click();
  // Two calls, each 5 + 3 + 5 ticks, one tick of work between them.
  await expect(app.outcome).toContainText('t=27');
  app.expectNoErrors();
});
