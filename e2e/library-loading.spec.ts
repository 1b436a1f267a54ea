// The library loads on demand: the first screen fetches no other scenario's text, the menu still
// names every built-in and exercise, a chosen one loads then, and a reload opens it at once.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app';

/**
 * Records, from the first render on, what the Scenario menu first showed as chosen and every title
 * the stage's heading showed (it reads "Scenario" until the first run is ready): a flash of
 * another scenario would show in either.
 */
async function recordFirstScreen(page: Page) {
  await page.addInitScript(() => {
    const seen = { menu: null as string | null, titles: [] as string[] };
    (window as unknown as { firstScreen: typeof seen }).firstScreen = seen;
    new MutationObserver(() => {
      const menu = document.querySelector<HTMLSelectElement>('select[aria-label="Scenario"]');
      if (menu && seen.menu === null) seen.menu = menu.value;
      const text = document.querySelector('[data-testid="scenario-title"]')?.textContent ?? null;
      if (text !== null && seen.titles[seen.titles.length - 1] !== text) seen.titles.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const firstScreen = (page: Page) =>
  page.evaluate(() => (window as unknown as { firstScreen: { menu: string; titles: string[] } }).firstScreen);

test('a built-in loads when chosen, and a reload opens it at once, with no other scenario first', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const file = /assets\/([\w.-]+?)-[\w-]{8}\.js$/.exec(r.url())?.[1];
    if (file) fetched.push(file);
  });
  await recordFirstScreen(page);
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByTestId('scenario-title')).toHaveText('Synchronous RPC: the caller waits');
  const menu = page.getByRole('combobox', { name: 'Scenario' });
  // Every title is in the menu without any text loaded.
  await expect(menu.locator('option', { hasText: 'MapReduce: map, barrier, shuffle, reduce' })).toHaveCount(
    1,
  );
  await expect(menu.locator('option', { hasText: 'Exercise: send and move on' })).toHaveCount(1);
  expect(fetched).not.toContain('mapreduce');
  expect(fetched).not.toContain('hints');

  await app.pickScenario('MapReduce: map, barrier, shuffle, reduce');
  expect(fetched).toContain('mapreduce');
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toContainText('barrier');
  await expect(menu).toHaveValue('builtin:mapreduce');
  await app.shot('library-loading-mapreduce');

  await page.reload();
  await expect(app.stage).toBeVisible();
  await expect(page.getByTestId('scenario-title')).toHaveText('MapReduce: map, barrier, shuffle, reduce');
  const first = await firstScreen(page);
  expect(first.menu).toBe('builtin:mapreduce');
  expect(first.titles.filter((t) => t !== 'Scenario')).toEqual(['MapReduce: map, barrier, shuffle, reduce']);
  app.expectNoErrors();
});

test('an exercise chosen from the menu opens with its goals, Start over and hints', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Exercise: send and move on');
  const panel = page.getByTestId('goals-panel');
  await expect(panel.getByRole('button', { name: 'Start over' })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Show a hint \(1 of \d\)/ })).toBeVisible();
  await expect(panel.getByTestId('goal')).toHaveCount(2);
  await app.shot('library-loading-exercise');
  app.expectNoErrors();
});
