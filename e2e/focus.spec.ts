// Every control shows where the keyboard is: a ring of at least 3:1 against what surrounds it.
import { expect, test, type Page } from '@playwright/test';
import { AppPage, SHOTS } from './app';

interface Ring {
  /** What has focus: tag, class and name. */
  what: string;
  style: string;
  width: number;
  color: string;
  /** The color the ring is drawn over. */
  backdrop: string;
  rect: { x: number; y: number; width: number; height: number };
}

/** The focus ring of the focused element (the editor draws it on its frame). */
async function ringOfFocus(page: Page): Promise<Ring | null> {
  // The editor marks its frame focused a moment after it gets focus.
  if (await page.evaluate(() => document.activeElement?.classList.contains('cm-content')))
    await page.locator('.cm-editor.cm-focused').waitFor();
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    const el = (
      focused.classList.contains('cm-content') ? focused.closest('.cm-editor')! : focused
    ) as HTMLElement;
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const background = (from: Element | null) => {
      for (let e = from; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!transparent(c)) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const cs = getComputedStyle(el);
    const inward = parseFloat(cs.outlineOffset) < 0;
    const r = el.getBoundingClientRect();
    return {
      what: `${focused.tagName.toLowerCase()}.${focused.getAttribute('class') ?? ''} ${focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40) ?? ''}`,
      style: cs.outlineStyle,
      width: parseFloat(cs.outlineWidth),
      color: cs.outlineColor,
      backdrop: background(inward ? el : el.parentElement),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
}

function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Tabs through the whole page (leaving the editor with Escape, then Tab), collecting every ring. */
async function tabThrough(page: Page, max = 160): Promise<Ring[]> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const rings: Ring[] = [];
  let first: string | null = null;
  for (let k = 0; k < max; k++) {
    const inEditor = await page.evaluate(() => document.activeElement?.classList.contains('cm-content'));
    if (inEditor) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const ring = await ringOfFocus(page);
    if (!ring) continue;
    if (ring.what === first) break; // round the page once
    first ??= ring.what;
    if (rings.at(-1)?.what !== ring.what) rings.push(ring);
  }
  return rings;
}

function expectVisible(rings: Ring[]) {
  for (const r of rings) {
    expect.soft(r.style, `${r.what}: outline`).not.toBe('none');
    expect.soft(r.width, `${r.what}: outline width`).toBeGreaterThanOrEqual(3);
    expect
      .soft(contrast(r.color, r.backdrop), `${r.what}: ${r.color} on ${r.backdrop}`)
      .toBeGreaterThanOrEqual(3);
  }
}

async function shoot(page: Page, name: string, rect: Ring['rect']) {
  const pad = 14;
  const x = Math.max(0, rect.x - pad);
  const y = Math.max(0, rect.y - pad);
  await page.screenshot({
    path: `${SHOTS}/${name}.png`,
    clip: {
      x,
      y,
      width: Math.min(rect.width + 2 * pad, 1280 - x),
      height: Math.min(rect.height + 2 * pad, 800 - y),
    },
  });
}

test('tabbing through the page, every control shows a focus ring of at least 3:1', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toBeVisible();
  // A log entry to reach: step once so the log has a current line.
  await app.button('Step forward').click();
  const rings = await tabThrough(page);
  const names = rings.map((r) => r.what).join('\n');
  for (const expected of [
    'select. Scenario',
    'select. Language',
    'Select process Client',
    'button.primary Play',
    'input. Timeline position',
    'canvas',
    'cm-content',
    'Next event of',
    'button. t=0 · ', // the log's one Tab stop: its current entry
  ])
    expect(names, `reached ${expected}`).toContain(expected);
  expectVisible(rings);
});

test('focus rings in close-up: header, stage, controls, diagram, editor, log', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toBeVisible();
  await app.button('Step forward').click();
  const cases: [string, () => Promise<void>][] = [
    ['focus-header-select', () => page.getByRole('combobox', { name: 'Language' }).focus()],
    ['focus-process', () => app.process('Client').focus()],
    ['focus-play', () => app.button('Play').focus()],
    [
      'focus-diagram',
      () =>
        page
          .getByRole('img', { name: /Space-time diagram/ })
          .or(page.locator('.st-plot canvas').first())
          .first()
          .focus(),
    ],
    ['focus-editor', () => page.getByRole('textbox', { name: 'Scenario source' }).focus()],
    ['focus-log', () => page.locator('.event-log li.current button').focus()],
  ];
  for (const [name, focus] of cases) {
    // Focus by keyboard semantics: :focus-visible shows after a key press.
    await page.keyboard.press('Shift');
    await focus();
    await page.keyboard.press('Shift');
    const ring = await ringOfFocus(page);
    expect(ring, name).not.toBeNull();
    expect(ring!.style, name).not.toBe('none');
    await shoot(page, name, ring!.rect);
    expectVisible([ring!]);
  }
});

test('in presenter mode the rings are thicker and still 3:1', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.keyboard.press('p');
  await expect(page.locator('.app.presenter')).toBeVisible();
  await page.keyboard.press('Tab');
  const rings = await tabThrough(page, 20);
  expect(rings.length).toBeGreaterThan(5);
  for (const r of rings) expect.soft(r.width, r.what).toBeGreaterThanOrEqual(4);
  expectVisible(rings);
  await app.process('Client').focus();
  await page.keyboard.press('Shift');
  await app.shot('focus-presenter');
});
