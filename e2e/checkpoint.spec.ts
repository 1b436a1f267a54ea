// Predict, then reveal: an `ask` checkpoint stops the play and waits for the class.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

test('an ask checkpoint pauses the play, and Enter reveals the answer and plays on', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  const count = page.getByTestId('barrier-count-sync');
  const card = page.getByTestId('checkpoint');
  await expect(card).toHaveCount(0);

  await page.keyboard.press('Space');
  // The play stops by itself at the checkpoint: Worker[1] waits, Worker[2] has not arrived yet.
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(app.button('Play')).toBeVisible();
  await expect(page.getByTestId('checkpoint-question')).toHaveText(/When do they get through\?/);
  await expect(page.getByTestId('checkpoint-answer')).toHaveCount(0);
  await expect(count).toHaveText('1/3');
  await expect(app.narration).toContainText('Question from Worker[2]');
  // It stays paused: the gate does not move on its own.
  await page.waitForTimeout(800);
  await expect(count).toHaveText('1/3');
  await app.shot('checkpoint-question');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkpoint-answer')).toHaveText(/At t=9, all three at the same instant/);
  await expect(app.button('Pause')).toBeVisible();
  await expect
    .poll(async () => (await app.barrier('sync').getAttribute('class'))?.includes('open') ?? false, {
      timeout: 20_000,
    })
    .toBe(true);
  await expect(page.getByTestId('checkpoint-answer')).toBeVisible();
  await app.shot('checkpoint-answer');

  // A replay asks again: back to the start, play, and the question waits unanswered.
  await page.keyboard.press('Home');
  await expect(card).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('checkpoint-question')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('checkpoint-answer')).toHaveCount(0);
  await expect(count).toHaveText('1/3');
  // Revealed once more, the answer can be put away with ×.
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByTestId('checkpoint-answer')).toBeVisible();
  await page.getByRole('button', { name: 'Hide the checkpoint' }).click();
  await expect(card).toHaveCount(0);
  app.expectNoErrors();
});

test('the checkpoint speaks the reader’s language, and stepping passes it without revealing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  await page.getByLabel('Language').selectOption('ko');
  const card = page.getByTestId('checkpoint');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let k = 0; k < 40 && (await card.count()) === 0; k++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('checkpoint-question')).toHaveText(/둘은 언제 통과할까요\?/);
  await expect(page.getByRole('button', { name: '답 보기' })).toBeVisible();
  await expect(app.narration).toContainText('Worker[2]의 질문');
  await app.shot('checkpoint-ko');
  await page.keyboard.press('ArrowRight');
  await expect(card).toHaveCount(0);
  app.expectNoErrors();
});
