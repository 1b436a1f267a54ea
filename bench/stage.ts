// The stage's frame times as worlds grow, and what the first paint downloads. `npm run bench`
// prints these with the rest; `npx tsx bench/stage.ts` prints only these (quicker, same method).
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BENCH_OUTDIR, frameTimes, withBrowser } from './browser';
import { busyMesh } from './scenarios';
import { formatFigure, type Figure } from './stats';

/** Frame times playing 32, 256 and 1,024 busy processes. */
export async function stageFigures(page: Page): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const n of [32, 256, 1024]) out.push(...(await frameTimes(page, `${n} processes`, busyMesh(n), n)));
  return out;
}

/** What the first paint downloads: the entry chunk and the chunks index.html preloads with it, gzipped. */
export function bundleFigures(outDir = BENCH_OUTDIR): Figure[] {
  const html = readFileSync(`${outDir}/index.html`, 'utf8');
  const firstPaint = new Set([...html.matchAll(/assets\/([^"]+\.js)/g)].map((m) => m[1]!));
  const out: Figure[] = [];
  let firstPaintKb = 0;
  for (const file of readdirSync(`${outDir}/assets`).filter((f) => f.endsWith('.js'))) {
    const gz = gzipSync(readFileSync(`${outDir}/assets/${file}`)).length / 1024;
    if (firstPaint.has(file)) firstPaintKb += gz;
    out.push({
      name: `gzip ${firstPaint.has(file) ? 'first-paint ' : 'lazy '}${file.replace(/-[\w-]{8}\.js$/, '.js')}`,
      value: gz,
      unit: 'KB',
    });
  }
  out.push({ name: 'gzip first paint total', value: firstPaintKb, unit: 'KB' });
  return out;
}

if (process.argv[1]?.endsWith('stage.ts')) {
  console.log('# npx tsx bench/stage.ts');
  await withBrowser(async (page) => (await stageFigures(page)).forEach((f) => console.log(formatFigure(f))));
  bundleFigures().forEach((f) => console.log(formatFigure(f)));
}
