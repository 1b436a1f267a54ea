// The projector test, layout and keys: at 1280×720 and 1920×1080 (and in presenter mode), in
// English and Korean, in every built-in, Play, the step buttons and the timeline never leave the
// screen, the stage never jumps while stepping, and Space plays right after a menu choice.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app';

const BUILTINS = readdirSync('src/scenarios')
  .filter((f) => f.endsWith('.rdv'))
  .map((f) => f.replace(/\.rdv$/, ''));
const source = (id: string) => readFileSync(`src/scenarios/${id}.rdv`, 'utf8');

/** Most samples taken per run: every step of a short run, every few steps of a long one. */
const SAMPLES = 16;

interface Sample {
  index: number;
  /** Top of the stage's box and of the stage itself, in window pixels. */
  boxTop: number;
  stageTop: number;
  card: boolean;
  outcome: boolean;
  /** What is wrong with the controls at this step (empty when all is well). */
  problems: string[];
}

/**
 * Steps through the run on screen inside the page (one round trip for the whole run), and at each
 * sampled step checks that Play, the step buttons and the timeline are on screen, uncovered, and
 * that the page is not scrolled and need not be.
 */
function sampleRun(page: Page, samples: number): Promise<Sample[]> {
  return page.evaluate(async (samples) => {
    type Api = {
      commands: { seek(i: number): void; startIndex(): number };
      currentTrace(): string | null;
    };
    const api = (window as unknown as { rendezvous: Api }).rendezvous;
    const trace = JSON.parse(api.currentTrace()!) as { events: { type: string }[] };
    const total = trace.events.length;
    const start = api.commands.startIndex();
    const asks = new Set<number>();
    trace.events.forEach((e, k) => e.type === 'ask' && asks.add(k + 1));
    const every = Math.max(1, Math.ceil((total - start) / samples));
    const indices = new Set<number>();
    for (let i = start; i <= total; i += every) indices.add(i);
    for (const i of [...asks, total, Math.round((start + total) / 2)]) indices.add(i);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const check = (): string[] => {
      const problems: string[] = [];
      const root = document.scrollingElement!;
      if (root.scrollTop !== 0) problems.push(`page scrolled by ${root.scrollTop}`);
      if (root.scrollHeight > innerHeight + 1)
        problems.push(`page taller than the window: ${root.scrollHeight}`);
      const controls = document.querySelector('.controls')!;
      const wanted: [string, Element | null][] = [
        ['play', controls.querySelector('button.primary')],
        ['step back', controls.querySelector('button[title$="(←)"]')],
        ['step forward', controls.querySelector('button[title$="(→)"]')],
        ['timeline', controls.querySelector('.timeline input')],
      ];
      for (const [name, el] of wanted) {
        if (!el) {
          problems.push(`${name} missing`);
          continue;
        }
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
          problems.push(`${name} outside the window: ${Math.round(r.top)}..${Math.round(r.bottom)}`);
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(hit === el || el.contains(hit)))
          problems.push(`${name} covered by ${hit?.tagName}.${hit?.className}`);
      }
      return problems;
    };
    const out: Sample[] = [];
    for (const i of [...indices].sort((a, b) => a - b)) {
      api.commands.seek(i);
      await frame();
      out.push({
        index: i,
        boxTop: document.querySelector('[data-testid="stage-box"]')!.getBoundingClientRect().top,
        stageTop: document.querySelector('[data-testid="stage"]')!.getBoundingClientRect().top,
        card: document.querySelector('[data-testid="checkpoint"]') !== null,
        outcome: document.querySelector('[data-testid="outcome"]') !== null,
        problems: check(),
      });
    }
    return out;
  }, samples);
}

async function pick(page: Page, id: string) {
  const menu = page.getByRole('combobox', { name: /^(Scenario|시나리오)$/ });
  if ((await menu.inputValue()) === `builtin:${id}`) return;
  const before = await page.getByTestId('scenario-title').textContent();
  await menu.selectOption(`builtin:${id}`);
  await expect(page.getByTestId('scenario-title')).not.toHaveText(before ?? '');
  await expect(page.locator('.controls button.primary')).toBeEnabled();
}

/** Shows scenario text on the stage (as if typed) and waits for its run. */
async function load(page: Page, text: string) {
  await page.evaluate((text) => {
    type Api = { load(s: string): void; currentTrace(): string | null };
    const api = (window as unknown as { rendezvous: Api }).rendezvous;
    const before = api.currentTrace();
    api.load(text);
    return new Promise<void>((done) => {
      const wait = () => (api.currentTrace() !== before ? done() : setTimeout(wait, 20));
      wait();
    });
  }, text);
}

function seekTo(page: Page, index: number) {
  return page.evaluate((i) => {
    (window as unknown as { rendezvous: { commands: { seek(i: number): void } } }).rendezvous.commands.seek(
      i,
    );
  }, index);
}

const VIEWS = [
  { width: 1280, height: 720, presenter: false },
  { width: 1920, height: 1080, presenter: false },
  { width: 1920, height: 1080, presenter: true },
];

for (const view of VIEWS)
  for (const lang of ['en', 'ko'] as const) {
    const name = `${view.width}x${view.height}${view.presenter ? '-presenter' : ''}-${lang}`;
    test(`${name}: in every built-in, the controls stay on screen and the stage never jumps`, async ({
      page,
    }) => {
      // Every built-in is played through: the budget grows with the library.
      test.setTimeout(4_000 * BUILTINS.length);
      await page.setViewportSize(view);
      const app = new AppPage(page);
      await page.addInitScript((lang) => localStorage.setItem('rendezvous.lang', lang), lang);
      await app.open();
      if (view.presenter) {
        await page.keyboard.press('p');
        await expect(page.locator('.app.presenter')).toBeVisible();
      }
      const report: string[] = [];
      let checkpoints = 0;
      let outcomes = 0;
      for (const id of BUILTINS) {
        await pick(page, id);
        const samples = await sampleRun(page, SAMPLES);
        const first = samples[0]!;
        for (const s of samples) {
          for (const p of s.problems) report.push(`${id} at ${s.index}: ${p}`);
          if (Math.abs(s.boxTop - first.boxTop) > 0.5 || Math.abs(s.stageTop - first.stageTop) > 0.5)
            report.push(`${id} at ${s.index}: the stage moved from ${first.stageTop} to ${s.stageTop}`);
        }
        if (samples.some((s) => s.card)) checkpoints++;
        if (samples.at(-1)!.outcome) outcomes++;
        // A look at the runs the issue names: a long banner at the end, a checkpoint card open.
        if (['deadlock', 'queue'].includes(id)) await app.shot(`projector-${name}-${id}-end`);
        if (id === 'barrier') {
          const ask = samples.find((s) => s.card)!;
          await seekTo(page, ask.index);
          await expect(page.getByTestId('checkpoint')).toBeVisible();
          await app.shot(`projector-${name}-barrier-checkpoint`);
        }
      }
      expect(report).toEqual([]);
      // Every run ends on its outcome, and the barrier built-in asks its question on the way.
      expect(outcomes).toBe(BUILTINS.length);
      expect(checkpoints).toBeGreaterThanOrEqual(1);
      app.expectNoErrors();
    });
  }

test.describe('keys after a menu choice', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('Space plays right after a scenario is chosen from the menu with the mouse', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const menu = page.getByRole('combobox', { name: 'Scenario' });
    await menu.click();
    await menu.selectOption('builtin:queue');
    await expect(page.getByTestId('scenario-title')).toContainText('queue');
    await expect(app.button('Play')).toBeEnabled();
    // The menu has done its job: it no longer holds the keys.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('SELECT');
    await page.keyboard.press('Space');
    await expect(app.button('Pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(app.button('Play')).toBeVisible();
    // The arrows, Home and End act on playback too.
    const at = async () => Number(await app.timeline.inputValue());
    const home = await at();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    expect(await at()).toBe(Number(await app.timeline.getAttribute('max')));
    await page.keyboard.press('Home');
    expect(await at()).toBeLessThanOrEqual(home);
    app.expectNoErrors();
  });

  test('Space plays right after a scenario is chosen from the menu with the keyboard', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const menu = page.getByRole('combobox', { name: 'Scenario' });
    await menu.focus();
    // A closed menu takes the arrow as a choice: the next scenario opens.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('scenario-title')).not.toContainText('Synchronous RPC');
    await expect(app.button('Play')).toBeEnabled();
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('SELECT');
    await page.keyboard.press('Space');
    await expect(app.button('Pause')).toBeVisible();
    // Tab goes on from where the menu was: the next field of the header.
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Language');
    app.expectNoErrors();
  });

  test('after choosing a language, or clicking a button, Space still plays', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await expect(page.getByRole('button', { name: '재생', exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '일시 정지', exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    // A click leaves the button focused, but Space plays rather than pressing it again.
    await app.button('Step forward').click();
    const after = await app.timeline.inputValue();
    await page.keyboard.press('Space');
    await expect(app.button('Pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(app.button('Play')).toBeVisible();
    expect(Number(await app.timeline.inputValue())).toBeGreaterThanOrEqual(Number(after));
    // From the keyboard, Space on a focused button still presses it.
    await app.button('Step forward').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const before = Number(await app.timeline.inputValue());
    await page.keyboard.press('Space');
    await expect(app.timeline).toHaveValue(String(before + 1));
    await expect(app.button('Play')).toBeVisible();
    app.expectNoErrors();
  });
});

test('an embed of 640×400 shows its controls in every built-in, at a checkpoint and at the end', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 640, height: 400 });
  const app = new AppPage(page);
  await app.open('?embed');
  const report: string[] = [];
  for (const id of BUILTINS) {
    await load(page, source(id));
    // The stage is the one just loaded: its title is the built-in's.
    await expect(page.getByTestId('stage')).toBeVisible();
    const samples = await sampleRun(page, 6);
    for (const s of samples) for (const p of s.problems) report.push(`${id} at ${s.index}: ${p}`);
    if (id === 'barrier') {
      expect(samples.some((s) => s.card)).toBe(true);
      await app.shot('projector-embed-640x400-barrier-end');
      await seekTo(page, samples.find((s) => s.card)!.index);
      await expect(page.getByTestId('checkpoint')).toBeVisible();
      await app.shot('projector-embed-640x400-barrier-checkpoint');
    }
  }
  expect(report).toEqual([]);
  app.expectNoErrors();
});
