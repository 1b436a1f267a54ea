// Writing goals in the editor (SPEC §7): `goal` lines are highlighted, completed, checked with a
// hint, and the palette writes one at the top level.
import { expect, test } from '@playwright/test';
import { AppPage, typeScenario } from './app';

const RPC = `process Client
  call Server "ping"
end
process Server
  recv
  compute 3
  reply "pong"
end
goal outcome completed en "Make it finish" ko "끝까지 돌게 하라"
goal blocked Client != 4
`;

test('a goal with != is reported with a hint; completion and the palette write goals', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, RPC);
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('10:21');
  await expect(problems).toContainText('a goal cannot use `!=`');
  // The kinds and outcomes of a goal are highlighted where they stand.
  const line9 = page.locator('.cm-line').nth(8);
  await expect(line9.locator('.rdv-keyword', { hasText: 'outcome' })).toBeVisible();
  await expect(line9.locator('.rdv-atom', { hasText: 'completed' })).toBeVisible();
  await app.shot('editor-goals');

  // Fix the goal, then ask for completion after `goal blocked ` on a new line.
  await typeScenario(page, RPC.replace('!= 4', '<= 4'));
  await expect(problems).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('goal blocked ');
  await page.keyboard.press('Control+Space');
  const options = page.getByRole('listbox');
  await expect(options).toContainText('Client');
  await expect(options).toContainText('Server');
  await app.shot('editor-goal-completion');
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(RPC.replace(/^goal.*\n/gm, ''));
  await page.getByRole('button', { name: 'Insert goal' }).click();
  await expect(page.locator('.cm-content')).toContainText('goal outcome completed');
  // The cursor was on the blank top-level line after the program: the goal fills it.
  await expect(page.locator('.cm-line').nth(8)).toHaveText('goal outcome completed');
  await expect(problems).toHaveCount(0);
  await app.shot('editor-palette-goal');
  app.expectNoErrors();
});
