// The space-time diagram in headless Chromium: what its first draw costs on the trace on screen,
// and how long frames take while dragging it, zoomed out (half the run) and zoomed in. Draw
// times count the drawing calls; frame times include the rasterizing the browser does after.
// Call with a page where the diagram (data-testid="spacetime") shows a large run.
import type { Page } from '@playwright/test';
import { median, percentile, type Figure } from './stats';

type Api = { load(source: string): void };

/** Figures for the diagram; `source`, when given, is loaded first through window.rendezvous. */
export async function diagramFigures(page: Page, options: { source?: string } = {}): Promise<Figure[]> {
  if (options.source) {
    await page.evaluate(
      (text) => (window as unknown as { rendezvous: Api }).rendezvous.load(text),
      options.source,
    );
  }
  const diagram = page.getByTestId('spacetime').first();
  await diagram.waitFor();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="spacetime"]')?.hasAttribute('data-first-draw-ms'),
  );
  const firstDraw = Number(await diagram.getAttribute('data-first-draw-ms'));
  const arrows = Number(await diagram.getAttribute('data-arrows'));
  const canvas = diagram.locator('canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width * 0.6;
  const cy = box.y + box.height / 2;

  const buttons = diagram.locator('.st-toolbar button'); // pan left, zoom out, zoom in, pan right, fit
  await buttons.nth(2).click();
  await buttons.nth(2).click(); // 2.25× closer: about half the run, thousands of arrows
  const wide = await dragFrames(page, cx, cy);
  await page.mouse.move(cx, cy);
  for (let k = 0; k < 5; k++) await page.mouse.wheel(0, -400); // about 50× closer than the whole run
  const zoomed = await dragFrames(page, cx, cy);
  await buttons.nth(4).click(); // back to the whole run

  return [
    { name: 'diagram arrows', value: arrows, unit: 'arrows' },
    { name: 'diagram first draw (index + draw calls)', value: firstDraw, unit: 'ms' },
    ...figures('half the run', wide),
    ...figures('zoomed in', zoomed),
  ];
}

function figures(label: string, run: { frames: number[]; draws: number[] }): Figure[] {
  return [
    { name: `diagram pan ${label} frames drawn`, value: run.draws.length, unit: 'frames' },
    { name: `diagram pan ${label} draw p50`, value: median(run.draws), unit: 'ms' },
    { name: `diagram pan ${label} draw p95`, value: percentile(run.draws, 95), unit: 'ms' },
    { name: `diagram pan ${label} frame p95`, value: percentile(run.frames, 95), unit: 'ms' },
  ];
}

/** Drags the diagram sideways in small steps, recording frame intervals and draw times in the page. */
async function dragFrames(page: Page, x: number, y: number, steps = 60) {
  await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-testid="spacetime"]')!;
    const rec = { frames: [] as number[], draws: [] as number[], on: true };
    (window as unknown as { __diagramRec: typeof rec }).__diagramRec = rec;
    let last = performance.now();
    let count = el.dataset.drawCount;
    const frame = (now: number) => {
      rec.frames.push(now - last);
      last = now;
      if (el.dataset.drawCount !== count) {
        count = el.dataset.drawCount;
        rec.draws.push(Number(el.dataset.drawMs));
      }
      if (rec.on) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= steps; k++) await page.mouse.move(x - k * 6, y);
  await page.mouse.up();
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const rec = (window as unknown as { __diagramRec: { frames: number[]; draws: number[]; on: boolean } })
      .__diagramRec;
    rec.on = false;
    return { frames: rec.frames.slice(1), draws: rec.draws };
  });
}
