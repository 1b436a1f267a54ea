// The projector test for the stage: at 1280×720 and in presenter mode at 1920×1080, in English
// and Korean, over every built-in at its first step, mid-run and at the end, the stage's texts
// meet the size floors, no two of them overlap, none runs out of its box, no symbol needs an
// emoji font, and messages in flight are large enough to see from the back of the room.
import { expect, test, type Page } from '@playwright/test';
import { AppPage, SHOTS } from './app';

type Api = {
  rendezvous: {
    currentTrace(): string | null;
    load(source: string): void;
    commands: { seek(index: number): void };
  };
};

/** Built-in ids, in menu order, read from the page's own menu. */
async function builtins(page: Page): Promise<string[]> {
  return page
    .locator('select option[value^="builtin:"]')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value.slice('builtin:'.length)));
}

/** Picks a built-in from the menu (in either language) and waits for its run. */
async function pick(page: Page, id: string): Promise<number> {
  const menu = page.locator('select:has(option[value="builtin:rpc"])');
  const before = await page.evaluate(() => (window as unknown as Api).rendezvous.currentTrace());
  if ((await menu.inputValue()) !== `builtin:${id}`) {
    await menu.selectOption(`builtin:${id}`);
    await page.waitForFunction((previous) => {
      const now = (window as unknown as Api).rendezvous.currentTrace();
      return now !== null && now !== previous;
    }, before);
  }
  return page.evaluate(() => JSON.parse((window as unknown as Api).rendezvous.currentTrace()!).events.length);
}

interface Measured {
  texts: number;
  primaryMin: number;
  secondaryMin: number;
  small: string[];
  overlaps: string[];
  outside: string[];
  symbols: string[];
  messages: number;
  messageMin: number;
  fill: { w: number; h: number };
  overflow: boolean;
  /** The "too big to show whole" note is on screen. */
  note: boolean;
  /** The stage's box against its frame's and the window's: the picture never sizes its own box. */
  frame: { stage: number; wrap: number; bottom: number; viewport: number };
}

/**
 * Seeks to `index`, waits two frames, and measures the stage in one go: every leaf text (a
 * `<tspan>` line, or a `<text>` without lines) by its box on screen.
 */
async function measureAt(page: Page, index: number): Promise<Measured> {
  return (await measureEach(page, [index]))[0]!;
}

/** The same at several steps, in one round trip. */
async function measureEach(page: Page, indices: number[]): Promise<Measured[]> {
  return page.evaluate(async (steps) => {
    const results: Measured[] = [];
    for (const i of steps) {
      (window as unknown as Api).rendezvous.commands.seek(i);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const stage = document.querySelector<SVGSVGElement>('svg.stage')!;
      const stageBox = stage.getBoundingClientRect();
      const leaves = [...stage.querySelectorAll('text')]
        .flatMap((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t]))
        .filter((t) => (t.textContent ?? '').trim() !== '');
      const describe = (el: Element) =>
        `"${el.textContent}" in ${el.closest('[data-process],[data-queue],[data-barrier]')?.getAttribute('aria-label')?.slice(0, 40) ?? 'stage'}`;
      const secondary = (el: Element) => el.closest('.process-meta-mark, .mailbox') !== null;
      const rects = leaves.map((el) => ({ el, r: el.getBoundingClientRect(), secondary: secondary(el) }));
      const out: Measured = {
        texts: rects.length,
        primaryMin: Infinity,
        secondaryMin: Infinity,
        small: [],
        overlaps: [],
        outside: [],
        symbols: [],
        messages: 0,
        messageMin: Infinity,
        fill: { w: 0, h: 0 },
        overflow: stage.dataset.overflow === 'true',
        note: (document.querySelector('.stage-note')?.getBoundingClientRect().height ?? 0) > 0,
        frame: {
          stage: stageBox.height,
          wrap: stage.parentElement!.getBoundingClientRect().height,
          bottom: stageBox.bottom,
          viewport: innerHeight,
        },
      };
      const floors = (window as unknown as { __floors: { primary: number; secondary: number } }).__floors;
      for (const { el, r, secondary: sec } of rects) {
        if (sec) out.secondaryMin = Math.min(out.secondaryMin, r.height);
        else out.primaryMin = Math.min(out.primaryMin, r.height);
        if (r.height < (sec ? floors.secondary : floors.primary))
          out.small.push(`${describe(el)}: ${r.height.toFixed(1)} px`);
        // Inside its own box (a process, a queue or a gate), with half a pixel for rounding.
        const owner = el.closest('[data-process],[data-queue],[data-barrier]');
        const frame = owner?.querySelector('.process-box, .queue-box, .barrier-box')?.getBoundingClientRect();
        if (
          frame &&
          (r.left < frame.left - 0.5 ||
            r.right > frame.right + 0.5 ||
            r.top < frame.top - 0.5 ||
            r.bottom > frame.bottom + 0.5)
        )
          out.outside.push(describe(el));
        // Arrows, technical symbols, dingbats, shapes and emoji need fonts a lab PC may lack.
        if (/[\u2190-\u2bff]|[\u{1f000}-\u{1faff}]|\ufe0f/u.test(el.textContent ?? ''))
          out.symbols.push(describe(el));
      }
      for (let a = 0; a < rects.length; a++)
        for (let b = a + 1; b < rects.length; b++) {
          const p = rects[a]!.r;
          const q = rects[b]!.r;
          const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
          const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
          if (w > 0.5 && h > 0.5) out.overlaps.push(`${describe(rects[a]!.el)} × ${describe(rects[b]!.el)}`);
        }
      for (const glyph of document.querySelectorAll('svg.stage-overlay .message-glyph')) {
        const r = glyph.getBoundingClientRect();
        out.messages++;
        out.messageMin = Math.min(out.messageMin, r.width, r.height);
      }
      // How much of the stage the world fills, along each axis.
      const boxes = [...stage.querySelectorAll('.process-box, .queue-box, .barrier-box')].map((b) =>
        b.getBoundingClientRect(),
      );
      if (boxes.length) {
        const w = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
        const h = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
        out.fill = { w: w / stageBox.width, h: h / stageBox.height };
      }
      results.push(out);
    }
    return results;
  }, indices);
}

const ROOMS = [
  { name: '1280×720', width: 1280, height: 720, presenter: false, floors: { primary: 14, secondary: 11 } },
  {
    name: '1920×1080 presenter',
    width: 1920,
    height: 1080,
    presenter: true,
    floors: { primary: 22, secondary: 16 },
  },
] as const;

/** Built-ins whose screenshots are kept to look at. */
const SHOWN = new Set(['deadlock', 'queue', 'mapreduce', 'barrier', 'pubsub']);

for (const room of ROOMS)
  for (const lang of ['en', 'ko'] as const)
    test(`stage at ${room.name} (${lang}): every built-in readable, nothing overlapping`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: room.width, height: room.height });
      const app = new AppPage(page);
      await app.open();
      await page.evaluate((floors) => {
        (window as unknown as { __floors: unknown }).__floors = floors;
      }, room.floors);
      if (lang === 'ko') await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
      if (room.presenter) {
        await page.locator('body').click({ position: { x: 2, y: 300 } });
        await page.keyboard.press('p');
        await expect(page.locator('.app.presenter')).toBeVisible();
      }
      const ids = await builtins(page);
      expect(ids.length).toBeGreaterThanOrEqual(14);
      const problems: string[] = [];
      let messagesSeen = 0;
      const overflows: string[] = [];
      for (const id of ids) {
        const events = await pick(page, id);
        const points = { first: 1, mid: Math.floor(events / 2), end: events };
        const measured = await measureEach(page, Object.values(points));
        for (const [k, [when, index]] of Object.entries(points).entries()) {
          const m = measured[k]!;
          const at = `${id} ${when}`;
          if (m.texts === 0) problems.push(`${at}: no text on the stage`);
          for (const s of m.small) problems.push(`${at}: too small ${s}`);
          for (const o of m.overlaps) problems.push(`${at}: overlap ${o}`);
          for (const o of m.outside) problems.push(`${at}: out of its box ${o}`);
          for (const s of m.symbols) problems.push(`${at}: symbol glyph ${s}`);
          // A built-in fits whole at a readable size in any stage of 340 px or more (layout.test.ts);
          // a shorter stage may pan instead, but then it must say so.
          if (m.overflow && !m.note) problems.push(`${at}: overflows without saying so`);
          if (m.overflow) overflows.push(`${at} (stage ${m.frame.stage.toFixed(0)} px tall)`);
          if (m.messages > 0 && m.messageMin < 14)
            problems.push(`${at}: message ${m.messageMin.toFixed(1)} px`);
          messagesSeen += m.messages;
          if (Math.abs(m.frame.stage - m.frame.wrap) > 1)
            problems.push(`${at}: stage ${m.frame.stage} px tall in a ${m.frame.wrap} px frame`);
          if (room.presenter && m.frame.bottom > m.frame.viewport + 1)
            problems.push(`${at}: the stage ends below the window (${m.frame.bottom} px)`);
          // The world is as large as the stage allows: it fills the stage along one axis at least.
          if (room.presenter && Math.max(m.fill.w, m.fill.h) < 0.7)
            problems.push(
              `${at}: the world fills ${(m.fill.w * 100).toFixed(0)}% × ${(m.fill.h * 100).toFixed(0)}%`,
            );
          if (when === 'mid' && SHOWN.has(id)) {
            await page.evaluate((at) => (window as unknown as Api).rendezvous.commands.seek(at), index);
            await page.screenshot({ path: `${SHOTS}/projector-stage-${room.width}-${lang}-${id}.png` });
          }
        }
      }
      expect(problems).toEqual([]);
      if (overflows.length) test.info().annotations.push({ type: 'pans', description: overflows.join('; ') });
      // A stage of the size this page gives it shows every built-in whole.
      if ((await app.stage.boundingBox())!.height >= 340) expect(overflows).toEqual([]);
      expect(messagesSeen, 'some steps have messages in flight').toBeGreaterThan(0);
      app.expectNoErrors();
    });

test('a washed-out projector still shows the wires, messages and texts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await app.open();
  const events = await pick(page, 'mapreduce');
  await page.evaluate((i) => (window as unknown as Api).rendezvous.commands.seek(i), Math.floor(events / 2));
  await page.addStyleTag({ content: 'html { filter: contrast(0.4) brightness(1.3); }' });
  await page.waitForTimeout(300);
  await app.shot('projector-stage-washed-out');
  // The wires are solid, at least 2.5 px on screen, and darker than the stage behind them.
  const wire = await page.evaluate(() => {
    const line = document.querySelector('svg.stage .wires line')!;
    const style = getComputedStyle(line);
    const zoom = Number(document.querySelector<SVGSVGElement>('svg.stage')!.dataset.zoom);
    return { width: parseFloat(style.strokeWidth) * zoom, dash: style.strokeDasharray, color: style.stroke };
  });
  expect(wire.width).toBeGreaterThanOrEqual(2.2);
  expect(wire.dash).toBe('none');
  const [r, g, b] = wire.color.match(/\d+/g)!.map(Number);
  expect((r! + g! + b!) / 3).toBeLessThan(160);
  app.expectNoErrors();
});

/** Thirty-two workers around a hub: too many to show whole at a readable size. */
const CROWD = `process Hub
  repeat 32
    recv
  end
end

process Worker[1..32]
  compute 2
  send Hub "done"
end
`;

for (const lang of ['en', 'ko'] as const)
  test(`a 32-process world keeps its text readable and offers zoom and pan (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new AppPage(page);
    await app.open();
    await page.evaluate(() => {
      (window as unknown as { __floors: unknown }).__floors = { primary: 14, secondary: 11 };
    });
    if (lang === 'ko') await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    const before = await page.evaluate(() => (window as unknown as Api).rendezvous.currentTrace());
    await page.evaluate((source) => (window as unknown as Api).rendezvous.load(source), CROWD);
    await page.waitForFunction((previous) => {
      const now = (window as unknown as Api).rendezvous.currentTrace();
      return now !== null && now !== previous;
    }, before);
    await expect(app.process('Worker[32]')).toHaveCount(1);
    const m = await measureAt(page, 40);
    expect(m.overflow).toBe(true);
    expect(m.small).toEqual([]);
    expect(m.overlaps).toEqual([]);
    expect(m.outside).toEqual([]);
    // The stage says so, in the reader's language.
    const note = page.locator('.stage-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText(lang === 'en' ? 'drag or zoom' : '끌거나 확대');
    await expect(note).toHaveAttribute('title', lang === 'en' ? /readable size/ : /읽을 수 있는 크기/);
    await app.shot(`projector-stage-32-${lang}`);

    const viewBox = () => app.stage.getAttribute('viewBox');
    const zoom = async () => Number(await app.stage.getAttribute('data-zoom'));
    // Buttons zoom.
    const z0 = await zoom();
    await page.getByRole('button', { name: lang === 'en' ? 'Zoom in on the stage' : '무대 확대' }).click();
    expect(await zoom()).toBeGreaterThan(z0);
    await page
      .getByRole('button', { name: lang === 'en' ? 'Stage at readable size' : '무대를 읽기 좋은 크기로' })
      .click();
    expect(await zoom()).toBeCloseTo(z0, 3);
    // Keys pan the focused stage, and do not step the run.
    const position = await page.getByRole('slider').first().inputValue();
    const frame = page.getByTestId('stage-wrap');
    await frame.focus();
    const v0 = await viewBox();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await viewBox()).not.toBe(v0);
    expect(await page.getByRole('slider').first().inputValue()).toBe(position);
    await page.keyboard.press('0');
    expect(await viewBox()).toBe(v0);
    // A drag pans; the wheel too.
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 60, { steps: 5 });
    await page.mouse.up();
    const v1 = await viewBox();
    expect(v1).not.toBe(v0);
    await page.mouse.wheel(0, 200);
    await expect.poll(viewBox).not.toBe(v1);
    app.expectNoErrors();
  });
