// No missing glyph on any screen: every symbol the page shows (outside Latin, Hangul and CJK
// punctuation) is drawn into a canvas with its element's font and compared with a character no
// font has. A lab PC without an emoji font (this CI is one) would show those as empty boxes.
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app';

const BUILTINS = readdirSync('src/scenarios')
  .filter((f) => f.endsWith('.rdv'))
  .map((f) => f.replace(/\.rdv$/, ''));

interface Missing {
  char: string;
  code: string;
  font: string;
  /** Some text around it, to find it on the screen. */
  context: string;
  inStage: boolean;
}

/** The characters on screen that no installed font draws, each once per font. */
function missingGlyphs(page: Page): Promise<Missing[]> {
  return page.evaluate(() => {
    // Latin (with its extensions), Hangul, CJK punctuation, spaces and invisible marks need no check.
    const plain =
      /[\u0020-\u024f\u1e00-\u1eff\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\u3000-\u303f]|\p{Z}|\p{Cf}|\p{Cc}/u;
    const seen = new Map<string, { char: string; font: string; context: string; inStage: boolean }>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      const text = node.textContent ?? '';
      for (const char of text) {
        if (plain.test(char)) continue;
        const cs = getComputedStyle(el);
        const font = `${cs.fontStyle} ${cs.fontWeight} 40px ${cs.fontFamily}`;
        const key = `${char}|${font}`;
        if (!seen.has(key))
          seen.set(key, {
            char,
            font,
            context: text.trim().slice(0, 40),
            inStage: el.closest('[data-testid="stage"]') !== null,
          });
      }
    }
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const draw = (char: string, font: string) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.font = font;
      ctx.fillStyle = '#000';
      ctx.textBaseline = 'middle';
      ctx.fillText(char, 8, 32);
      return ctx.getImageData(0, 0, 64, 64).data;
    };
    const missing: Missing[] = [];
    for (const { char, font, context, inStage } of seen.values()) {
      // A private-use character of the last plane: no font draws it, so it shows the "missing" box.
      const tofu = draw('\u{10fffd}', font);
      const drawn = draw(char, font);
      if (drawn.every((v, k) => v === tofu[k]))
        missing.push({
          char,
          code: `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`,
          font,
          context,
          inStage,
        });
    }
    return missing;
  });
}

const describe = (list: Missing[]) => list.map((m) => `${m.char} ${m.code} in "${m.context}"`);

for (const lang of ['en', 'ko'] as const)
  test(`${lang}: every symbol on every screen has a glyph`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new AppPage(page);
    await page.addInitScript((lang) => localStorage.setItem('rendezvous.lang', lang), lang);
    await app.open();
    const found = new Map<string, Missing & { where: string }>();
    const look = async (where: string) => {
      for (const m of await missingGlyphs(page)) if (!found.has(m.code)) found.set(m.code, { ...m, where });
    };

    await look('first screen');
    const menu = page.getByRole('combobox', { name: /^(Scenario|시나리오)$/ });
    for (const id of BUILTINS) {
      const before = await page.getByTestId('scenario-title').textContent();
      if ((await menu.inputValue()) !== `builtin:${id}`) {
        await menu.selectOption(`builtin:${id}`);
        await expect(page.getByTestId('scenario-title')).not.toHaveText(before ?? '');
      }
      await page.keyboard.press('End');
      await expect(page.getByTestId('outcome')).toBeVisible();
      await look(`${id} at the end`);
      // Midway, processes block, compute and queue: the stage's other marks.
      await page.keyboard.press('Home');
      for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
      await look(`${id} midway`);
    }

    await page.keyboard.press('p');
    await expect(page.locator('.app.presenter')).toBeVisible();
    await look('presenter mode');
    await page.keyboard.press('p');

    await page.keyboard.press('?');
    const help = page.getByRole('dialog');
    await expect(help).toBeVisible();
    for (const tab of await help.getByRole('tab').all()) {
      await tab.click();
      await look(`help: ${await tab.textContent()}`);
    }
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await menu.selectOption('builtin:ring-send');
    await page.locator('.compare-button:not(.explore-button)').click();
    await expect(page.getByTestId('compare-sentence')).toBeVisible();
    await look('compare view');
    await page.locator('.compare-clock button').click();
    await look('compare view, playing');

    const all = [...found.values()];
    expect.soft(describe(all.filter((m) => !m.inStage)), 'outside the stage').toEqual([]);
    expect(describe(all.filter((m) => m.inStage)), 'on the stage').toEqual([]);
    app.expectNoErrors();
  });
