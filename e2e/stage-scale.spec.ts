// A stage of 1,024 processes stays playable: every process is a dot whose shape and colour say
// its state, the whole world is in view, stepping and playing work, a click picks a process (or a
// message painted on the canvas) for a what-if, and who is blocked is told by shape, by count and
// in a list a keyboard can reach.
import { expect, test, type Page } from '@playwright/test';
import { AppPage, SHOTS } from './app';

const N = 1024;
/** Each process computes a little (longer for some), passes a token on and waits for one. */
const THOUSAND = `title en "A thousand processes pass a token"
latency 3
process P[0..${N - 1}]
  compute i % 7
  send P[(i + 1) % n] "token"
  recv
  compute 2
end
`;

interface Api {
  rendezvous: { load(source: string): void; commands: { seek(index: number): void } };
}

async function openThousand(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  const app = new AppPage(page);
  await app.open();
  await page.evaluate((text) => (window as unknown as Api).rendezvous.load(text), THOUSAND);
  await expect(app.stage.locator('[data-process]')).toHaveCount(N, { timeout: 20_000 });
  return app;
}

/** The blocked dots and, for one running one, how large each is drawn, and the colour of each. */
function dotLooks(page: Page) {
  return page.evaluate(() => {
    const size = (el: Element | null) => {
      const r = el?.querySelector('.dot-shape')?.getBoundingClientRect();
      return r ? Math.max(r.width, r.height) : 0;
    };
    const fill = (el: Element | null) => {
      const shape = el?.querySelector('.dot-shape');
      return shape ? getComputedStyle(shape).fill : '';
    };
    const blocked = document.querySelector('svg.stage [data-status="blocked"]');
    const other = document.querySelector(
      'svg.stage [data-status="computing"], svg.stage [data-status="running"], svg.stage [data-status="ready"]',
    );
    return { blocked: size(blocked), other: size(other), blockedFill: fill(blocked), otherFill: fill(other) };
  });
}

test('1,024 processes: dots in view, stepping and playing, blocked ones marked and listed, a click picks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await openThousand(page, 1280, 720);
  // The whole world fits: no panning needed to see every process.
  await expect(app.stage).toHaveAttribute('data-overflow', 'false');
  const position = page.locator('.position');
  const start = await position.textContent();
  await app.button('Step forward').click();
  await expect(position).not.toHaveText(start ?? '');

  // Play a moment, then pause: the playhead moved on.
  const before = Number(await app.timeline.inputValue());
  await app.button('Play').click();
  await expect
    .poll(async () => Number(await app.timeline.inputValue()), { timeout: 20_000 })
    .toBeGreaterThan(before + 50);
  await app.button('Pause').click();

  // Processes wait for their token: marked by shape (a larger diamond) and colour, and counted.
  const blocked = app.stage.locator('[data-status="blocked"]');
  await expect.poll(() => blocked.count()).toBeGreaterThan(0);
  const count = await blocked.count();
  const summary = page.getByTestId('stage-summary');
  await expect(summary.locator('li[data-status="blocked"]')).toHaveAttribute('data-count', String(count));
  await expect(summary.locator('li[data-status="blocked"]')).toContainText(`${count} blocked`);
  const looks = await dotLooks(page);
  expect(looks.blocked).toBeGreaterThan(looks.other * 1.2);
  expect(looks.blockedFill).toBe('rgb(181, 65, 10)');
  expect(looks.otherFill).not.toBe(looks.blockedFill);
  await app.shot('stage-scale-1280');

  // A click on a blocked dot picks that process: it is selected and the what-if card offers a crash.
  const first = blocked.first();
  const name = await first.getAttribute('data-process');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('whatif-card')).toContainText(name!);
  await expect(page.getByTestId('whatif-crash')).toBeEnabled();
  await app.shot('stage-scale-picked-1280');

  // The list of who waits names them and why; an entry picks its process from the keyboard.
  await summary.getByText(/Who waits \(\d+\)/).click();
  const entries = summary.getByRole('button');
  await expect(entries).toHaveCount(count);
  await expect(entries.first()).toContainText(/waiting/);
  const other = entries.nth(1);
  const otherName = (await other.locator('strong').textContent())!;
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(app.process(otherName)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('whatif-card')).toContainText(otherName);
  app.expectNoErrors();
});

test('1,024 processes at 1920×1080, and a message painted on the canvas picked by a click', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await openThousand(page, 1920, 1080);
  await expect(app.stage).toHaveAttribute('data-overflow', 'false');
  // Step to where tokens are on the way (after the first sends, before they arrive).
  const flights = page.locator('canvas.stage-canvas');
  for (let at = 1000; at < 20_000; at += 500) {
    await page.evaluate((k) => (window as unknown as Api).rendezvous.commands.seek(k), at);
    if (Number((await flights.getAttribute('data-flights')) ?? 0) > 100) break;
  }
  expect(Number(await flights.getAttribute('data-flights'))).toBeGreaterThan(100);
  await app.shot('stage-scale-1920');
  // Find a painted token (the plain message's blue) on the canvas and click it.
  const spot = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.stage-canvas')!;
    const ctx = canvas.getContext('2d')!;
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const r = canvas.getBoundingClientRect();
    for (let y = 0; y < height; y += 1)
      for (let x = 0; x < width; x += 1) {
        const k = 4 * (y * width + x);
        // #0072B2, fully painted (not an antialiased edge).
        if (data[k] === 0x00 && data[k + 1] === 0x72 && data[k + 2] === 0xb2 && data[k + 3] === 255)
          return { x: r.left + (x / width) * r.width, y: r.top + (y / height) * r.height };
      }
    return null;
  });
  expect(spot).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
  await expect(page.getByTestId('whatif-card')).toContainText(/#\d+: P\[\d+\] → P\[\d+\]/);
  await expect(page.getByTestId('whatif-lose')).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/stage-scale-message-1920.png` });
  app.expectNoErrors();
});
