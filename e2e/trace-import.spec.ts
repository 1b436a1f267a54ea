// A run travels as a trace file: exported from the app, opened again (or dropped) and played
// read-only; a damaged one is refused naming its first bad event, and nothing the user had is lost.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

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
  const mermaid = await save('Export Mermaid');
  expect(mermaid.name).toMatch(/\.mmd$/);
  expect(mermaid.text).toContain('sequenceDiagram');
  expect(mermaid.text).toMatch(/Client->>Server/);
  app.expectNoErrors();
});
