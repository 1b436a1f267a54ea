// Presenter mode, as a teacher uses it on a projector: keyboard only, large type, a spotlight.
import { expect, test } from '@playwright/test';
import { AppPage } from './app';

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`presenter mode at ${size.width}×${size.height}: keyboard only, editor hidden, spotlight`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const app = new AppPage(page);
    await app.open();
    await app.pickScenario('Barrier with a straggler');
    const normalSize = await app.narration.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await page.locator('body').click({ position: { x: 2, y: 300 } });
    await page.keyboard.press('p');
    await expect(page.locator('.app.presenter')).toBeVisible();
    // The button now says how to leave.
    await expect(page.getByRole('button', { name: 'Leave presenter mode (P or Esc)' })).toBeVisible();
    // The editor and the side panels step aside; the stage, narration and controls stay.
    await expect(page.getByLabel('Scenario source')).toBeHidden();
    await expect(app.stage).toBeVisible();
    await expect(app.button('Step forward')).toBeInViewport();

    // Type readable from the back of the room: larger than on the desk, and at least 18 px.
    const bigSize = await app.narration.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bigSize).toBeGreaterThan(normalSize * 1.1);
    expect(bigSize).toBeGreaterThanOrEqual(size.width >= 1920 ? 28 : 20);
    // The stage fills the room the rest leaves, and the page does not scroll.
    const box = (await app.stage.boundingBox())!;
    expect(box.height).toBeGreaterThan(size.height * 0.45);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(size.height);

    // Step with the keyboard to the moment two workers wait at the gate.
    for (let k = 0; k < 40; k++) {
      if ((await page.getByTestId('barrier-count-sync').textContent()) === '2/3') break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.getByTestId('barrier-count-sync')).toHaveText('2/3');

    // Spotlight the straggler from the keyboard: Tab to its node, press Enter.
    const straggler = app.process('Worker[3]');
    await straggler.focus();
    await page.keyboard.press('Enter');
    await expect(straggler).toHaveAttribute('aria-pressed', 'true');
    await expect(app.process('Worker[1]')).toHaveClass(/dimmed/);
    expect(
      await app.process('Worker[1]').evaluate((el) => Number(getComputedStyle(el).opacity)),
    ).toBeLessThan(0.5);
    await app.shot(`presenter-${size.width}x${size.height}`);

    // Esc leaves presenter mode; the editor is back.
    await page.locator('body').press('Escape');
    await expect(page.locator('.app.presenter')).toHaveCount(0);
    await expect(page.getByLabel('Scenario source')).toBeVisible();
    app.expectNoErrors();
  });
}
