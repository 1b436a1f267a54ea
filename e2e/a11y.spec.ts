// An automated accessibility scan of the main views, in both languages: no serious or critical violations.
import { expect, test } from '@playwright/test';
import { AppPage, expectNoSeriousAxeViolations } from './app';

for (const lang of ['en', 'ko'] as const) {
  test(`axe finds no serious or critical violations (${lang})`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    // The first screen: the default scenario, its source long enough to scroll.
    await expect(page.getByRole('textbox', { name: 'Scenario source' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await app.pickScenario('Barrier with a straggler');
    if (lang === 'ko') {
      await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
      await expect(page.getByTestId('scenario-title')).toHaveText('느린 참가자가 있는 배리어');
    }
    for (let k = 0; k < 6; k++) await page.locator('body').press('ArrowRight');
    await expect(page.getByRole('textbox', { name: 'Scenario source' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
}
