// The whole lesson as the classroom issue describes it: from the concept guide through three
// scenarios, in Korean, in presenter mode on a 1920×1080 projector, with the keyboard only.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app';

/** Tabs forward until the focused element's text ends with `text`, as a teacher without a mouse would. */
async function tabTo(page: Page, text: string, max = 400): Promise<void> {
  for (let k = 0; k < max; k++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).endsWith(text)) return;
  }
  throw new Error(`${text} was never reached by Tab`);
}

test('a lesson in Korean on a projector, keyboard only: guide → three scenarios', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const app = new AppPage(page);
  await page.addInitScript(() => localStorage.setItem('rendezvous.lang', 'ko'));
  await app.open();
  await expect(page.getByRole('button', { name: '발표 모드' })).toBeVisible();

  await page.keyboard.press('p');
  await expect(page.locator('.app.presenter')).toBeVisible();

  const lessons = [
    { link: '“동기 RPC” 열기', title: '동기 RPC' },
    { link: '“비동기 메시지 큐” 열기', title: '비동기 메시지 큐' },
    { link: '“느린 참가자가 있는 배리어” 열기', title: '느린 참가자가 있는 배리어' },
  ];
  for (const lesson of lessons) {
    // The guide opens with ?; the teacher reads a part aloud and opens its scenario.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog');
    await expect(help).toBeVisible();
    const guideTab = help.getByRole('tab', { name: '개념 안내' });
    if ((await guideTab.getAttribute('aria-selected')) !== 'true') {
      await guideTab.focus();
      await page.keyboard.press('Enter');
    }
    await tabTo(page, lesson.link);
    await page.keyboard.press('Enter');
    await expect(help).toBeHidden();
    await expect(page.getByTestId('scenario-title')).toContainText(lesson.title);

    // Play the scenario from the keyboard; the narration speaks Korean.
    await expect(page.locator('.app.presenter')).toBeVisible();
    for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
    await expect(app.narration).toHaveText(/[가-힣]/);
    await page.keyboard.press('End');
    await expect(app.outcome).toHaveText(/[가-힣]/);
  }
  await app.shot('lesson-ko-presenter');
  app.expectNoErrors();
});
