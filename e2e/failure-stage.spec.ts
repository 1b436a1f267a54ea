// The stage shows failures (SPEC §6): a lost message vanishes where it was lost and is listed, a
// crashed process reads as down, a timeout as "gave up after N ticks", a cut wire is drawn cut for
// its window only; and messages in flight and wires can be picked for a what-if.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app';

type Api = { rendezvous: { commands: { seek(index: number): void; seekTime(t: number): void } } };

/** Opens a built-in from the menu by id and waits for its stage. */
async function openBuiltin(app: AppPage, id: string) {
  const menu = app.page.locator('select:has(option[value="builtin:rpc"])');
  const title = await menu.locator(`option[value="builtin:${id}"]`).innerText();
  await menu.selectOption(`builtin:${id}`);
  // The title changes once the new run is on the stage (until then the old one is still shown).
  await expect(app.page.getByTestId('scenario-title')).toHaveText(title);
}

/** Moves the playhead to position `index` (events applied), as the timeline does. */
async function seek(page: Page, index: number) {
  await page.evaluate((i) => (window as unknown as Api).rendezvous.commands.seek(i), index);
}

async function korean(page: Page) {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
}

test.describe('at 1280×720', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test('a lost reply vanishes at the client with a "lost" mark and is listed', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await openBuiltin(app, 'rpc-lost-reply');
    // Event 17 is the msg.lost of reply #2 at t=7: position 18.
    await seek(page, 17);
    await expect(page.getByTestId('gone-2')).toHaveCount(0);
    await expect(page.getByTestId('gone-list')).toHaveCount(0);
    await seek(page, 18);
    const mark = page.getByTestId('gone-2');
    await expect(mark).toBeVisible();
    await expect(mark).toHaveAttribute('data-why', 'lose');
    await expect(mark).toContainText('lost');
    // The mark stands at the receiver's end of the wire: nearer the client than the server.
    const at = await mark.boundingBox();
    const client = await app.process('Client').boundingBox();
    const server = await app.process('Server').boundingBox();
    const cx = (b: { x: number; width: number }) => b.x + b.width / 2;
    expect(Math.abs(cx(at!) - cx(client!))).toBeLessThan(Math.abs(cx(at!) - cx(server!)));
    const list = page.getByTestId('lost-list');
    await expect(list).toContainText('Lost:');
    await expect(list).toContainText('#2 reply Server');
    await expect(list).toContainText('Client · t=7');
    await expect(page.getByTestId('message-2')).toHaveCount(0);
    await app.shot('failure-stage-lost-en');

    // It stays listed after the mark has gone, and is gone again when stepping back before it.
    await page.keyboard.press('End');
    await expect(list).toContainText('#2 reply');
    await seek(page, 10);
    await expect(page.getByTestId('gone-list')).toHaveCount(0);

    await korean(page);
    await seek(page, 18);
    await expect(mark).toContainText('유실');
    await expect(page.getByTestId('lost-list')).toContainText('유실');
    await expect(page.getByTestId('lost-list')).toContainText('#2 응답 Server');
    await app.shot('failure-stage-lost-ko');
    app.expectNoErrors();
  });

  test('a message in flight and a wire can be picked, and the empty stage clears the pick', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await openBuiltin(app, 'rpc-lost-reply');
    // Request #1 is on its way from t=0 to t=2: show it halfway.
    await page.evaluate(() => (window as unknown as Api).rendezvous.commands.seekTime(1));
    const glyph = page.getByTestId('message-1');
    await expect(glyph).toBeVisible();
    await expect(glyph).toHaveAttribute('role', 'button');
    await expect(glyph).toHaveAttribute('aria-label', /request #1: Client → Server/);
    await glyph.click();
    await expect(glyph).toHaveAttribute('aria-pressed', 'true');
    await expect(glyph.locator('.message-pick-ring')).toHaveCount(1);
    await app.shot('failure-stage-picked-message');
    // Clicking it again unpicks it; the keyboard picks it too.
    await glyph.click();
    await expect(glyph).toHaveAttribute('aria-pressed', 'false');
    await glyph.focus();
    await page.keyboard.press('Enter');
    await expect(glyph).toHaveAttribute('aria-pressed', 'true');

    const wire = page.getByTestId('wire-Client-Server');
    await expect(wire).toHaveAttribute('aria-label', 'Wire Client – Server');
    // The wire's hit stroke, a little off the thin line, between the two boxes (away from the glyph).
    const line = await wire.locator('.wire-hit').boundingBox();
    await page.mouse.click(line!.x + line!.width * 0.8, line!.y + line!.height / 2 + 6);
    await expect(wire).toHaveAttribute('aria-pressed', 'true');
    await expect(wire).toHaveClass(/picked/);
    await expect(glyph).toHaveAttribute('aria-pressed', 'false');

    // The empty stage (its top-left corner) clears every pick.
    const stage = await app.stage.boundingBox();
    await page.mouse.click(stage!.x + 8, stage!.y + 8);
    await expect(wire).toHaveAttribute('aria-pressed', 'false');
    await expect(app.stage.locator('.picked')).toHaveCount(0);
    app.expectNoErrors();
  });

  test('a timeout reads as "gave up after 8 ticks", and a late reply is listed as dropped', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await openBuiltin(app, 'rpc-retry');
    // Event 16 is Client's proc.timeout at t=8 (it called at t=0 with timeout 8).
    await seek(page, 17);
    const client = app.process('Client');
    await expect(client).toContainText('gave up after 8 ticks');
    await expect(client).toHaveClass(/gave-up/);
    await app.shot('failure-stage-gave-up-en');
    // It says so while it sends its next request; once it waits again, it says what for.
    await seek(page, 20);
    await expect(client).toContainText('gave up after 8 ticks');
    await seek(page, 21);
    await expect(client).toContainText('waiting');
    await expect(client).not.toContainText('gave up');
    await page.keyboard.press('End');
    await expect(page.getByTestId('dropped-list')).toContainText('Dropped, too late');
    await expect(page.getByTestId('dropped-list')).toContainText('#4 reply Server');
    await korean(page);
    await seek(page, 17);
    await expect(client).toContainText('8틱 기다리다 포기');
    await app.shot('failure-stage-gave-up-ko');
    app.expectNoErrors();
  });

  test('a crashed worker reads as down since its crash, and normal again after its restart', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await openBuiltin(app, 'queue-crash');
    const worker = app.process('Worker');
    // Event 30 is Worker's proc.crash at t=7, event 43 its proc.restart at t=14.
    await seek(page, 31);
    await expect(worker).toHaveAttribute('data-status', 'crashed');
    await expect(worker).toContainText('down since t=7');
    await expect(worker).not.toContainText('waiting');
    await app.shot('failure-stage-crashed-en');
    await seek(page, 44);
    await expect(worker).not.toHaveAttribute('data-status', 'crashed');
    await expect(worker).not.toContainText('down');
    await korean(page);
    await seek(page, 31);
    await expect(worker).toContainText('t=7부터 멈춤');
    app.expectNoErrors();
  });

  test('a cut wire is drawn cut during its window and whole before and after', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await openBuiltin(app, 'partition');
    const wire = page.getByTestId('wire-App-Db');
    const seekTime = (t: number) =>
      page.evaluate((x) => (window as unknown as Api).rendezvous.commands.seekTime(x), t);
    await seekTime(5);
    await expect(wire).toHaveAttribute('data-cut', 'false');
    await expect(wire.getByTestId('cut-mark')).toHaveCount(0);
    await seekTime(8);
    await expect(wire).toHaveAttribute('data-cut', 'true');
    await seekTime(12);
    await expect(wire).toHaveAttribute('data-cut', 'true');
    await expect(wire.getByTestId('cut-mark')).toBeVisible();
    await expect(wire).toHaveAttribute('aria-label', 'Wire App – Db (cut from t=8 to t=18)');
    // Reply #4 is lost by the cut at t=12, at the app's end.
    await expect(page.getByTestId('gone-4')).toHaveAttribute('data-why', 'cut');
    await app.shot('failure-stage-cut-en');
    await seekTime(17.5);
    await expect(wire).toHaveAttribute('data-cut', 'true');
    await seekTime(18);
    await expect(wire).toHaveAttribute('data-cut', 'false');
    await seekTime(25);
    await expect(wire).toHaveAttribute('data-cut', 'false');
    await expect(page.getByTestId('lost-list')).toContainText('Lost (2):');
    await korean(page);
    await seekTime(12);
    await expect(wire).toHaveAttribute('aria-label', 'App – Db 연결선 (t=8부터 t=18까지 끊김)');
    await app.shot('failure-stage-cut-ko');
    app.expectNoErrors();
  });
});

test('in presenter mode at 1920×1080 the cut, the loss and the list read from the back', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const app = new AppPage(page);
  await app.open();
  await openBuiltin(app, 'partition');
  await page.locator('body').click({ position: { x: 2, y: 300 } });
  await page.keyboard.press('p');
  await expect(page.locator('.app.presenter')).toBeVisible();
  await page.evaluate(() => (window as unknown as Api).rendezvous.commands.seekTime(12));
  await expect(page.getByTestId('wire-App-Db')).toHaveAttribute('data-cut', 'true');
  await expect(page.getByTestId('gone-4')).toBeVisible();
  // The list's text is at least as large as the stage's secondary marks.
  const size = await page
    .getByTestId('lost-list')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(13);
  await app.shot('failure-stage-presenter-en');
  await korean(page);
  await expect(page.getByTestId('lost-list')).toContainText('유실');
  await app.shot('failure-stage-presenter-ko');
  app.expectNoErrors();
});

test('the space-time diagram marks the losses, the timeouts and a crash until its restart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new AppPage(page);
  await app.open();
  for (const id of ['partition', 'queue-crash', 'rpc-retry']) {
    await openBuiltin(app, id);
    const diagram = page.getByTestId('spacetime');
    await diagram.scrollIntoViewIfNeeded();
    await expect(diagram).toBeVisible();
    await page.keyboard.press('End');
    await diagram.screenshot({ path: `e2e/screenshots/failure-stage-diagram-${id}.png` });
  }
  app.expectNoErrors();
});

test('a loss mark fades over the next ticks, and under reduced motion stands only at its instant', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await openBuiltin(app, 'partition');
  const seekTime = (t: number) =>
    page.evaluate((x) => (window as unknown as Api).rendezvous.commands.seekTime(x), t);
  const opacity = () => page.getByTestId('gone-4').evaluate((el) => Number(getComputedStyle(el).opacity));
  await seekTime(12);
  expect(await opacity()).toBe(1);
  await seekTime(13);
  const later = await opacity();
  expect(later).toBeGreaterThan(0.2);
  expect(later).toBeLessThan(0.9);
  await seekTime(15);
  await expect(page.getByTestId('gone-4')).toHaveCount(0);
  await expect(page.getByTestId('gone-5')).toBeVisible();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seekTime(12);
  await expect(page.getByTestId('gone-4')).toBeVisible();
  expect(await opacity()).toBe(1);
  await seekTime(13);
  await expect(page.getByTestId('gone-4')).toHaveCount(0);
  // The list keeps it all the same.
  await expect(page.getByTestId('lost-list')).toContainText('#4 reply Db');
  app.expectNoErrors();
});
