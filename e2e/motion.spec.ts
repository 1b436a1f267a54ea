// Under "reduce motion", playback changes state without gliding: messages stand still between
// events, time jumps from one instant to the next, the barrier gate does not swing.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app';

interface Frame {
  /** The controls' "t=… · event k of n": changes exactly when the playhead moves to another event. */
  position: string;
  /** Each message in flight: its id and where it is drawn. */
  messages: [string, string][];
  /** Widths of the compute progress bars. */
  bars: string[];
}

/** Records what the stage shows at every animation frame for `ms` milliseconds. */
function sample(page: Page, ms: number): Promise<Frame[]> {
  return page.evaluate(
    (ms) =>
      new Promise<Frame[]>((resolve) => {
        const frames: Frame[] = [];
        const start = performance.now();
        requestAnimationFrame(function frame(now) {
          frames.push({
            position: document.querySelector('.position')?.textContent ?? '',
            messages: [...document.querySelectorAll<SVGGElement>('.stage-overlay .message')].map((m) => [
              m.dataset.id ?? '',
              m.style.transform,
            ]),
            bars: [...document.querySelectorAll<SVGRectElement>('.compute-bar')].map(
              (b) => getComputedStyle(b).width,
            ),
          });
          if (now - start < ms) requestAnimationFrame(frame);
          else resolve(frames);
        });
      }),
    ms,
  );
}

/**
 * Consecutive frames at the same event with the same messages in flight (`compared`), and how many
 * of them draw a message elsewhere (`moved`).
 */
function glides(frames: Frame[]): { compared: number; moved: number } {
  let compared = 0;
  let moved = 0;
  for (let k = 1; k < frames.length; k++) {
    const a = frames[k - 1]!;
    const b = frames[k]!;
    const sameMessages = a.messages.map(([id]) => id).join() === b.messages.map(([id]) => id).join();
    if (a.position !== b.position || !sameMessages || a.messages.length === 0) continue;
    compared++;
    if (a.messages.some(([, at], i) => b.messages[i]![1] !== at)) moved++;
  }
  return { compared, moved };
}

const distinct = (xs: string[]) => new Set(xs).size;

test('with reduced motion, messages stand still between events and time jumps from instant to instant', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new AppPage(page);
  await app.open();
  await expect(app.process('Client')).toBeVisible();
  await app.button('Play').click();
  const frames = await sample(page, 5000);
  await app.shot('motion-reduced');

  // It played: the playhead moved on several times, with messages in flight.
  expect(distinct(frames.map((f) => f.position))).toBeGreaterThanOrEqual(4);
  // No message moved while the playhead stayed on one event (and there were many frames to move in).
  const { compared, moved } = glides(frames);
  expect(compared).toBeGreaterThan(20);
  expect(moved).toBe(0);
  // The server's compute bar grows in steps, one per instant at most, never continuously.
  const bars = frames.filter((f) => f.bars.length > 0).map((f) => f.bars.join());
  expect(bars.length).toBeGreaterThan(0);
  expect(distinct(bars)).toBeLessThanOrEqual(distinct(frames.map((f) => f.position)) + 1);
  app.expectNoErrors();
});

test('without reduced motion, the same sampling sees messages glide between events', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const app = new AppPage(page);
  await app.open();
  await expect(app.process('Client')).toBeVisible();
  await app.button('Play').click();
  const frames = await sample(page, 3000);
  expect(glides(frames).moved).toBeGreaterThan(5);
  app.expectNoErrors();
});

test('with reduced motion, the barrier gate opens without swinging', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Barrier with a straggler');
  const bar = app.barrier('sync').locator('.gate-arm');
  const duration = () => bar.evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(await duration()).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe('0s');
  // Opening it: the boom is folded back against its post at once.
  await app.stepUntil(
    async () => (await app.barrier('sync').getAttribute('class'))?.includes('open') ?? false,
  );
  expect(await bar.evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(0.12, 0, 0, 1, 0, 0)');
  app.expectNoErrors();
});

test('with reduced motion, the compare view’s clock jumps whole ticks instead of gliding', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new AppPage(page);
  await app.open();
  await app.pickScenario('Both ways (1/2)');
  await page.getByRole('button', { name: /^Compare with/ }).click();
  const clock = page.locator('.compare-clock');
  const time = clock.locator('output');
  await expect(time).toHaveText('t=0');
  await clock.getByRole('button', { name: 'Play' }).click();
  const seen = new Set<string>();
  for (let k = 0; k < 12; k++) {
    seen.add((await time.textContent()) ?? '');
    await page.waitForTimeout(120);
  }
  // Several instants went by, every one of them a whole tick.
  expect(seen.size).toBeGreaterThan(2);
  for (const text of seen) expect(text).toMatch(/^t=\d+$/);
  app.expectNoErrors();
});
