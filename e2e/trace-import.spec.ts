// A run travels as a trace file: exported from the app, opened again (or dropped) and played
// read-only; a damaged one is refused naming its first bad event, and nothing the user had is lost.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage, typeScenario } from './app';

test('a trace exported from the app plays again read-only, and a damaged one is refused', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  await page.keyboard.press('End');
  const outcome = await app.outcome.innerText();
  const download = page.waitForEvent('download');
  await app.button('Export trace (JSON)').click();
  const json = readFileSync((await (await download).path())!, 'utf8');

  await app.pickScenario('Synchronous RPC: the caller waits');
  await page.getByTestId('open-file').setInputFiles({
    name: 'straggler.trace.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await expect(page.getByTestId('imported')).toContainText('Playing the trace from straggler.trace.json');
  await expect(page.getByTestId('scenario-title')).toHaveText('Barrier with a straggler');
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toHaveCount(0);
  await expect(app.barrier('sync')).toBeVisible();
  await page.keyboard.press('End');
  await expect(app.outcome).toHaveText(outcome);
  await app.shot('trace-import');

  await app.button('Back to my scenario').click();
  await expect(page.getByTestId('imported')).toHaveCount(0);
  await expect(page.getByTestId('scenario-title')).toHaveText('Synchronous RPC: the caller waits');
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toBeVisible();

  // A delivery moved before its send: refused, naming the event; the stage keeps what it had.
  const trace = JSON.parse(json) as { events: { type: string }[] };
  const send = trace.events.findIndex((e) => e.type === 'proc.block');
  trace.events.splice(send, 0, { ...trace.events.find((e) => e.type === 'barrier.release')! });
  await page.getByTestId('open-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(trace)),
  });
  await expect(page.getByTestId('notice')).toContainText('bad.json');
  await expect(page.getByTestId('notice')).toContainText(/Event \d+ \(barrier\.release\)/);
  await expect(page.getByTestId('scenario-title')).toHaveText('Synchronous RPC: the caller waits');
  await page.getByTestId('open-file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json.slice(0, json.length / 2)),
  });
  await expect(page.getByTestId('notice')).toContainText('cut.json');
  await app.shot('trace-import-refused');
  app.expectNoErrors();
});

test('the run exports as a ShiViz log and as a Mermaid sequence diagram', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const save = async (name: string) => {
    const download = page.waitForEvent('download');
    await app.button(name).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  };
  const shiviz = await save('Export ShiViz log');
  expect(shiviz.name).toMatch(/\.shiviz\.log$/);
  expect(shiviz.text.split('\n')[0]).toBe('(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})');
  expect(shiviz.text).toMatch(/^Client \{"Client":1\}$/m);
  // At the end the whole run is offered first; Save writes it.
  await page.keyboard.press('End');
  await app.button('Export Mermaid…').click();
  await expect(page.getByRole('radio', { name: /^The whole run \(events 0–\d+\)$/ })).toBeChecked();
  const mermaid = await save('Save .mmd');
  expect(mermaid.name).toMatch(/\.mmd$/);
  expect(mermaid.name).not.toMatch(/events-/);
  expect(mermaid.text).toContain('sequenceDiagram');
  expect(mermaid.text).toMatch(/Client->>Server/);
  await expect(page.getByRole('group', { name: 'Which part of the run?' })).toHaveCount(0);

  // Paused early, the run so far is preselected; the step fields take any range.
  await app.button('Restart').click();
  await app.stepUntil(async () => (await app.timeline.inputValue()) === '4');
  await app.button('Export Mermaid…').click();
  await expect(page.getByRole('radio', { name: 'The run so far (events 0–4)' })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'to event' })).toHaveValue('4');
  await app.shot('mermaid-range-en');
  const soFar = await save('Save .mmd');
  expect(soFar.name).toMatch(/\.events-0-4\.mmd$/);
  expect(soFar.text.split('\n').filter((l) => /->>|-->>/.test(l)).length).toBeLessThan(
    mermaid.text.split('\n').filter((l) => /->>|-->>/.test(l)).length,
  );
  await app.button('Export Mermaid…').click();
  await page.getByRole('spinbutton', { name: 'From event' }).fill('0');
  await page.getByRole('spinbutton', { name: 'to event' }).fill('0');
  await expect(page.getByRole('radio', { name: 'These events:' })).toBeChecked();
  const none = await save('Save .mmd');
  expect(none.text).not.toMatch(/->>/);
  app.expectNoErrors();
});

test('bad files are refused with their reason, and the scenario the user had stays', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const mine = 'process Mine\n  compute 3\nend\n';
  await typeScenario(page, mine);
  await expect(app.process('Mine')).toBeVisible({ timeout: 15_000 });
  const editor = page.getByRole('textbox', { name: 'Scenario source' });
  const trace = await page.evaluate(() =>
    (window as unknown as { rendezvous: { currentTrace(): string | null } }).rendezvous.currentTrace(),
  );
  expect(trace).not.toBeNull();
  const open = async (name: string, content: Buffer | string, why: RegExp | string, shot?: string) => {
    const file =
      typeof content === 'string' ? content : { name, mimeType: 'application/octet-stream', buffer: content };
    await page.getByTestId('open-file').setInputFiles(file);
    const notice = page.getByTestId('notice');
    // The importer is loaded on first use, and a 50 MB file takes a while to read.
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText(
      `${typeof content === 'string' ? basename(content) : name} could not be opened.`,
    );
    await expect(notice).toContainText(why);
    await expect(notice).toContainText('Your own scenarios are untouched.');
    await expect(page.getByTestId('imported')).toHaveCount(0);
    await expect(app.process('Mine')).toBeVisible();
    await expect(editor).toContainText('process Mine');
    if (shot) await app.shot(shot);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  };
  const random = Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 7919 + 13) % 256));
  await open('noise.json', random, /The file is not valid JSON/);
  await open('noise.rdv', random, 'It is not a text file');
  await open('noise.log', random, /It is not a ShiViz log Rendezvous can read/);
  await open('cut.json', Buffer.from(trace!.slice(0, trace!.length / 2)), /not valid JSON .*cut short/);
  const future = JSON.stringify({ ...JSON.parse(trace!), version: 7 });
  await open('future.json', Buffer.from(future), 'made by a newer version of Rendezvous (trace version 7');
  const log = readFileSync('src/interchange/examples/two-phase-commit.log', 'utf8');
  const badLog = log.replace('coordinator {"coordinator":3}', 'coordinator {"coordinator":x}');
  await open('broken.log', Buffer.from(badLog), 'Line 7: the vector clock is not JSON', 'import-refused-log');
  // 50 MB and more: too large for a trace, said before anything is parsed.
  const dir = mkdtempSync(join(tmpdir(), 'rendezvous-'));
  const big = join(dir, 'huge.json');
  writeFileSync(big, `{"format":"rendezvous.trace","version":1,"pad":"${'x'.repeat(50_000_001)}"}`);
  await open('huge.json', big, 'It is larger than a trace or a log can be (50 MB).', 'import-refused-large');
  app.expectNoErrors();
});
