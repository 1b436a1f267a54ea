// The Help panel: the guide, the language reference and the keyboard list, its search, and
// `Try it` on an example, which runs it on the stage and then gives the user's own text back.
import { expect, test, type Page } from '@playwright/test';
import { AppPage, expectNoSeriousAxeViolations, typeScenario } from './app';

const MINE = `title en "My own scenario"
process Alice
  send Bob "hello"
end
process Bob
  recv
end
`;

async function editorText(page: Page): Promise<string> {
  return (await page.locator('.cm-content .cm-line').allTextContents()).join('\n');
}

test('? opens the help; searching finds the barrier statement; Try it runs its example and Back restores my text', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, MINE);
  await expect(app.process('Alice')).toBeVisible();
  expect(await editorText(page)).toBe(MINE);

  // Out of the editor (where `?` is text), `?` opens the help.
  await page.getByTestId('scenario-title').click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Help' });
  await expect(help).toBeVisible();
  await help.getByRole('tab', { name: 'Reference' }).click();
  await expect(help.getByRole('tab', { name: 'Reference' })).toHaveAttribute('aria-selected', 'true');
  // The stage and its controls stay in view beside the panel.
  await expect(app.stage).toBeInViewport();
  await expect(app.button('Step forward')).toBeInViewport();

  const search = help.getByRole('searchbox', { name: 'Search the reference' });
  await search.fill('barrier');
  const count = help.getByRole('status');
  await expect(count).toHaveText(/^\d+ sections match$/);
  const barrier = help.locator('[data-section="barrier-b"]');
  await expect(barrier.getByRole('heading', { name: 'barrier B' })).toBeVisible();
  await expect(barrier.locator('mark').first()).toHaveText(/barrier/i);
  // Sections that do not mention barriers are filtered out.
  await expect(help.locator('[data-section="send-t-payload"]')).toHaveCount(0);
  await expect(barrier.getByText('Expected:')).toBeVisible();
  await app.shot('help-search-en');

  await barrier.getByRole('button', { name: 'Try it' }).click();
  await expect(help).toBeHidden();
  const banner = page.getByTestId('example-banner');
  await expect(banner).toContainText('Showing an example from the help.');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('example');
  await expect(app.process('Fast')).toBeVisible();
  await expect(app.process('Slow')).toBeVisible();
  await expect(app.process('Alice')).toHaveCount(0);
  expect(await editorText(page)).toContain('barrier meet');

  // It runs: stepping moves the story on, and it ends as the reference says.
  await app.button('Step forward').click();
  const before = await app.narration.textContent();
  await app.button('Step forward').click();
  await expect(app.narration).not.toHaveText(before ?? '');
  await app.shot('help-example-running');
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'completed');

  await banner.getByRole('button', { name: 'Back to your scenario' }).click();
  await expect(banner).toBeHidden();
  await expect(app.process('Alice')).toBeVisible();
  expect(await editorText(page)).toBe(MINE);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(/^draft:/);
  app.expectNoErrors();
});

test('the Help button opens the help, Esc closes it and gives the focus back; links inside move within it', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const button = app.button('Help');
  await button.click();
  const help = page.getByRole('dialog', { name: 'Help' });
  await expect(help).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(help.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();

  // By keyboard alone: Enter opens, the arrow keys move between the tabs, the Close button closes.
  await page.keyboard.press('Enter');
  await expect(help).toBeVisible();
  await help.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('End');
  await expect(help.getByRole('tab', { name: 'Keyboard' })).toBeFocused();
  await expect(help.getByRole('tab', { name: 'Keyboard' })).toHaveAttribute('aria-selected', 'true');
  await expect(help.getByRole('row', { name: /Open this help/ })).toContainText('?');
  await expect(help.getByRole('row', { name: /reveal the answer/ })).toContainText('Enter');
  await app.shot('help-keys-en');
  await page.keyboard.press('ArrowLeft');
  await expect(help.getByRole('tab', { name: 'Reference' })).toHaveAttribute('aria-selected', 'true');

  // A search that finds nothing says so.
  await help.getByRole('searchbox').fill('zzqqxx');
  await expect(help.getByTestId('help-no-match')).toContainText('No section mentions “zzqqxx”.');
  // A link to another heading clears the search and brings that heading into view, focused.
  await help.getByRole('searchbox').fill('barrier');
  await help
    .locator('[data-section="barrier-b"]')
    .getByRole('link', { name: 'barrier NAME [parties N]' })
    .click();
  await expect(help.getByRole('searchbox')).toHaveValue('');
  const target = help.locator('[id="barrier-name-parties-n"]');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await app.shot('help-en');
  await expectNoSeriousAxeViolations(page, '[data-testid="help"]');

  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // The guide's scenario links open that built-in and step aside.
  await button.click();
  await help.getByRole('tab', { name: 'Guide' }).click();
  await app.shot('help-guide-en');
  await help.getByRole('button', { name: 'Open “Deadlock”' }).click();
  await expect(help).toBeHidden();
  await expect(page.getByTestId('scenario-title')).toHaveText('Deadlock: two synchronous sends');
  app.expectNoErrors();
});

test('in Korean, the Help button (도움말) opens the help in Korean', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await app.button('도움말').click();
  const help = page.getByRole('dialog', { name: '도움말' });
  await expect(help).toBeVisible();
  await help.getByRole('tab', { name: '언어 레퍼런스' }).click();
  const body = help.getByRole('tabpanel');
  await expect(body).toHaveAttribute('lang', 'ko');
  await expect(body.getByRole('heading').first()).toHaveText(/[가-힣]/);

  await help.getByRole('searchbox', { name: '레퍼런스에서 찾기' }).fill('배리어');
  await expect(help.getByRole('status')).toHaveText(/^일치하는 섹션 \d+개$/);
  await expect(body.locator('mark').first()).toHaveText('배리어');
  await expect(body.getByRole('button', { name: '실행해 보기' }).first()).toBeVisible();
  await expect(body.getByText('예상 결과:').first()).toBeVisible();
  await app.shot('help-search-ko');

  await help.getByRole('searchbox').fill('');
  await expect(help.getByRole('status')).toHaveText('');
  await app.shot('help-ko');
  await expectNoSeriousAxeViolations(page, '[data-testid="help"]');

  await help.getByRole('tab', { name: '개념 안내' }).click();
  await expect(help.getByRole('heading', { name: '배리어의 동작 원리' })).toBeVisible();
  await help.getByRole('heading', { name: '배리어의 동작 원리' }).scrollIntoViewIfNeeded();
  await app.shot('help-guide-ko');

  await help.getByRole('tab', { name: '단축키' }).click();
  await expect(help.getByRole('row', { name: /도움말을 엽니다/ })).toContainText('?');
  await app.shot('help-keys-ko');
  app.expectNoErrors();
});

test('when the help cannot load, only the help says so; the lesson goes on', async ({ page }) => {
  await page.route(/HelpPanel-[\w-]+\.js$/, (route) => route.abort());
  const app = new AppPage(page);
  await app.open();
  const position = page.locator('.controls .position');
  const before = await position.textContent();
  await page.locator('body').press('?');
  await expect(page.getByRole('alert')).toContainText('could not load');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The stage and its controls still work.
  await page.locator('body').press('ArrowRight');
  await expect(position).not.toHaveText(before ?? '');
  await expect(app.stage).toBeVisible();
});
