// The first visit: a short guided start that points at the stage, the controls, the source and the
// Scenario menu, never traps anyone, and never comes back once it is over.
import { expect, test, type Page } from '@playwright/test';
import { shareUrl } from '../src/share/link';
import { AppPage, expectNoSeriousAxeViolations } from './app';

const STEPS = ['stage', 'controls', 'source', 'menu'] as const;

/** Records whether the page ever downloads the tour's own code. */
function watchTourChunk(page: Page) {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/Tour-[\w-]+\.js$/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

/** Waits for smooth scrolling to finish and the caption to catch up with its target. */
async function settle(page: Page) {
  const still = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const y = window.scrollY;
          setTimeout(() => resolve(window.scrollY === y), 150);
        }),
    );
  await expect.poll(still).toBe(true);
  await page.waitForTimeout(250);
}

async function shot(app: AppPage, name: string) {
  await settle(app.page);
  await app.shot(name);
}

async function box(page: Page, locator: ReturnType<Page['locator']>) {
  const b = await locator.boundingBox();
  expect(b, 'element has a box').not.toBeNull();
  return b!;
}

/** The caption sits wholly inside the page's width and beside its target without covering it. */
async function expectBeside(page: Page, target: ReturnType<Page['locator']>) {
  await settle(page);
  const tour = page.getByTestId('tour');
  const c = await box(page, tour);
  const t = await box(page, target);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(c.x).toBeGreaterThanOrEqual(0);
  expect(c.x + c.width).toBeLessThanOrEqual(width);
  const overlapX = Math.min(c.x + c.width, t.x + t.width) - Math.max(c.x, t.x);
  const overlapY = Math.min(c.y + c.height, t.y + t.height) - Math.max(c.y, t.y);
  expect(overlapX <= 1 || overlapY <= 1, `caption ${JSON.stringify(c)} covers ${JSON.stringify(t)}`).toBe(
    true,
  );
  // Close to it: the arrow's gap, not across the page.
  const gapX = Math.max(t.x - (c.x + c.width), c.x - (t.x + t.width), 0);
  const gapY = Math.max(t.y - (c.y + c.height), c.y - (t.y + t.height), 0);
  expect(Math.max(gapX, gapY)).toBeLessThan(30);
}

function targets(app: AppPage) {
  const page = app.page;
  return {
    stage: app.stage,
    controls: page.getByRole('toolbar').first(),
    source: page.locator('section[aria-labelledby="code-heading"]'),
    menu: page
      .locator('.app-header .field')
      .filter({ has: page.getByRole('combobox', { name: 'Scenario' }) }),
  };
}

/** How far the page and each of its columns are scrolled. */
const scrolls = (page: Page) =>
  page.evaluate(() =>
    ['.theatre', '.side'].map((sel) => document.querySelector(sel)?.scrollTop ?? -1).concat(window.scrollY),
  );

test('a first visit gets a guided start, step by step, that never comes back', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('', { firstVisit: true });
  const found = await scrolls(page);
  let moved = false;
  const tour = page.getByRole('dialog', { name: 'Welcome to Rendezvous' });
  await expect(tour).toBeVisible();
  await expect(tour).toBeFocused();
  await expect(tour).toContainText('1 of 4');
  await expect(tour).toHaveAttribute('data-step', 'stage');
  await expect(app.button('Back')).toHaveCount(0);
  const where = targets(app);
  await expectBeside(page, where.stage);
  await shot(app, 'tour-en-stage');

  for (const [k, id] of STEPS.entries()) {
    const caption = page.getByTestId('tour');
    await expect(caption).toHaveAttribute('data-step', id);
    await expect(caption).toContainText(`${k + 1} of 4`);
    await expect(caption).toBeInViewport();
    await expectBeside(page, where[id]);
    if (id === 'controls') {
      await expect(caption).toContainText('Press Space or ▶ to play');
      await shot(app, 'tour-en-controls');
      // Back and forth.
      await app.button('Back').click();
      await expect(caption).toHaveAttribute('data-step', 'stage');
      await app.button('Next').click();
      await expect(caption).toHaveAttribute('data-step', 'controls');
    }
    if (id === 'source') {
      await shot(app, 'tour-en-source');
      // The source lies down the side column: the tour scrolls it into view.
      await expect.poll(async () => (await scrolls(page))[1]).toBeGreaterThan(0);
      moved = true;
    }
    if (k < STEPS.length - 1) await app.button('Next').click();
  }
  await shot(app, 'tour-en-menu');
  await expect(app.button('Next')).toHaveCount(0);
  await app.button('Done').click();
  await expect(page.getByTestId('tour')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('rendezvous.tour'))).toBe('done');
  // The tour leaves the page as it found it: every column scrolled back.
  expect(moved).toBe(true);
  await expect.poll(() => scrolls(page)).toEqual(found);

  const chunk = watchTourChunk(page);
  await page.reload();
  await expect(app.stage).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  expect(chunk, 'the tour is not even downloaded again').toEqual([]);
  app.expectNoErrors();
});

test('the page stays usable under the tour, and Esc dismisses it for good', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('', { firstVisit: true });
  const tour = page.getByTestId('tour');
  await expect(tour).toBeFocused();
  // The keys the caption talks about work while it is up.
  await page.keyboard.press('ArrowRight');
  await expect(app.timeline).toHaveValue('3');
  // Tab reaches the caption's buttons.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip the tour' })).toBeFocused();
  // The rest of the page answers clicks.
  await app.button('Step forward').click();
  await expect(app.timeline).toHaveValue('4');
  await expect(tour).toBeVisible();
  // Esc closes it from anywhere, and focus stays where the user put it.
  await page.keyboard.press('Escape');
  await expect(tour).toHaveCount(0);
  await expect(app.button('Step forward')).toBeFocused();
  await page.reload();
  await expect(app.stage).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(tour).toHaveCount(0);
  app.expectNoErrors();
});

test('Skip ends the tour from the keyboard, and the keys then drive the page', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('', { firstVisit: true });
  await expect(page.getByTestId('tour')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip the tour' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('rendezvous.tour'))).toBe('done');
  // Focus is back on the page, not lost with the caption: the arrow keys step.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(app.timeline).toHaveValue('3');
  app.expectNoErrors();
});

test('help hides the tour until it closes; presenter mode ends it for good', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('', { firstVisit: true });
  const tour = page.getByTestId('tour');
  await expect(tour).toBeFocused();
  await app.button('Next').click();
  await expect(tour).toHaveAttribute('data-step', 'controls');
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toBeVisible();
  await expect(tour).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help')).toHaveCount(0);
  // Back where it was.
  await expect(tour).toHaveAttribute('data-step', 'controls');
  await page.keyboard.press('p');
  await expect(tour).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('rendezvous.tour'))).toBe('done');
  app.expectNoErrors();
});

test('the captions speak Korean, and the tour passes an accessibility scan', async ({ page }) => {
  const app = new AppPage(page);
  await page.addInitScript(() => localStorage.setItem('rendezvous.lang', 'ko'));
  await app.open('', { firstVisit: true });
  const tour = page.getByRole('dialog', { name: 'Rendezvous에 오신 것을 환영합니다' });
  await expect(tour).toBeVisible();
  await expect(tour).toContainText('이곳은 무대입니다.');
  await shot(app, 'tour-ko-stage');
  await app.button('다음').click();
  const controls = page.getByRole('dialog', { name: '한 단계씩 재생해 보세요' });
  await expect(controls).toContainText('Space 키나 ▶ 버튼을 누르면 재생됩니다.');
  await expect(app.button('이전')).toBeVisible();
  await shot(app, 'tour-ko-controls');
  // Switching the language mid-tour switches the caption.
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.getByRole('dialog', { name: 'Play it, one step at a time' })).toBeVisible();

  await expectNoSeriousAxeViolations(page, '[data-testid="tour"]');
  app.expectNoErrors();
});

test('embed mode never shows the tour, nor downloads it', async ({ page }) => {
  const app = new AppPage(page);
  const chunk = watchTourChunk(page);
  await page.goto('./?embed');
  await expect(app.stage).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  expect(chunk).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('rendezvous.tour'))).toBeNull();
  app.expectNoErrors();
});

test('a share link opened for the first time shows the tour over the linked scenario', async ({ page }) => {
  const app = new AppPage(page);
  const source = 'title "Two friends"\nprocess A\n  send B "hi"\nend\nprocess B\n  recv\nend\n';
  await page.goto(shareUrl('./', { source, step: 3 }));
  await expect(page.getByTestId('scenario-title')).toHaveText('Two friends');
  await expect(page.getByTestId('tour')).toBeVisible();
  await expect(app.timeline).toHaveValue('3');
  app.expectNoErrors();
});

test('without storage the tour still works, it just is not remembered', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const app = new AppPage(page);
  await app.open('', { firstVisit: true });
  await app.button('Next').click();
  await expect(page.getByTestId('tour')).toHaveAttribute('data-step', 'controls');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('tour')).toBeVisible();
  app.expectNoErrors();
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test(`every caption fits a ${size.width}×${size.height} window`, async ({ page }) => {
    await page.setViewportSize(size);
    const app = new AppPage(page);
    await app.open('', { firstVisit: true });
    const tour = page.getByTestId('tour');
    const where = targets(app);
    const narrow = size.width < 640;
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const overflows: number[] = [];
    for (const id of STEPS) {
      await expect(tour).toHaveAttribute('data-step', id);
      await expect(tour).toBeInViewport({ ratio: 1 });
      if (narrow) await expect(where[id]).toBeInViewport();
      else await expectBeside(page, where[id]);
      overflows.push(await overflow());
      await shot(app, `tour-${size.width}x${size.height}-${id}`);
      await page
        .getByTestId('tour')
        .getByRole('button', { name: id === 'menu' ? 'Done' : 'Next' })
        .click();
    }
    await expect(tour).toHaveCount(0);
    // The tour never makes the page wider than it is without it.
    const without = await overflow();
    for (const w of overflows) expect(w, 'no extra sideways scrolling').toBeLessThanOrEqual(without);
    app.expectNoErrors();
  });
}
