// Page object for the Rendezvous app: what a teacher clicks, by accessible role and name.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type ConsoleMessage } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SHOTS = 'e2e/screenshots';

export class AppPage {
  readonly errors: string[] = [];
  private tourSkipped = false;

  constructor(readonly page: Page) {
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  /**
   * Opens the app. Every test starts in a fresh browser, which would be a first visit: the tour is
   * marked as seen unless `firstVisit` asks for the real thing.
   */
  async open(query = '', { firstVisit = false } = {}) {
    if (!firstVisit && !this.tourSkipped) {
      this.tourSkipped = true;
      await this.page.addInitScript(() => {
        try {
          localStorage.setItem('rendezvous.tour', 'done');
        } catch {
          // No storage: the tour cannot be remembered, and the test sees it.
        }
      });
    }
    await this.page.goto(`./${query}`);
    await expect(this.stage).toBeVisible();
  }

  get stage() {
    return this.page.getByTestId('stage');
  }
  get narration() {
    return this.page.getByTestId('narration');
  }
  get outcome() {
    return this.page.getByTestId('outcome');
  }
  /** Presses Copy link, waits for the page to say it is copied, and returns the link. */
  async copyLink(): Promise<string> {
    await this.button('Copy link').click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }
  get timeline() {
    return this.page.getByRole('slider', { name: 'Timeline position' });
  }
  process(name: string) {
    return this.stage.locator(`[data-process="${name}"]`);
  }
  barrier(name: string) {
    return this.stage.locator(`[data-barrier="${name}"]`);
  }

  async pickScenario(label: RegExp | string) {
    const select = this.page.getByRole('combobox', { name: 'Scenario' });
    const option = select.locator('option', { hasText: label });
    await select.selectOption({ value: (await option.first().getAttribute('value'))! });
    await expect(this.page.getByTestId('scenario-title')).toContainText(label);
  }

  async stepUntil(done: () => Promise<boolean>, max = 200) {
    for (let k = 0; k < max; k++) {
      if (await done()) return;
      await this.button('Step forward').click();
    }
    throw new Error('condition never reached while stepping');
  }

  async shot(name: string) {
    mkdirSync(SHOTS, { recursive: true });
    await this.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
  }

  expectNoErrors() {
    expect(this.errors, 'console errors').toEqual([]);
  }
}

/** Replaces the editor's whole text by typing, as a user would (select all, delete, type). */
export async function typeScenario(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Scenario source' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** A scenario with one typo (`sned`) on line 6. */
export const WITH_TYPO = `process Client
  call Server "ping"
end
process Server
  recv
  sned Client
end
`;

/** Runs axe on the page (or on the part `include` selects) and expects no serious or critical violations. */
export async function expectNoSeriousAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.passes.length, 'axe looked at something').toBeGreaterThan(3);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
  ).toEqual([]);
}

/** Waits for the solved moment's short animation to end, so a screenshot shows it settled. */
export async function settled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('.goals-solved, .goals-line')]
        .flatMap((el) => el.getAnimations({ subtree: true }))
        .map((a) => a.finished),
    ),
  );
}
