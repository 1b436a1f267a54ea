// `npm run bench`: prints every figure as `name: value unit`. Reproduce with the same command;
// compare ratios taken in one run, since machines are noisy.
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { inProcessThroughput, RING, RING_MAX_EVENTS, seekTimes } from './engine';
import { browserThroughput, frameTimes, withBrowser } from './browser';
import { diagramFigures } from './diagram';
import { busyMesh, retriesInLoop } from './scenarios';
import { exploreFigures } from './explore';
import { formatFigure, type Figure } from './stats';

const print = (f: Figure) => console.log(formatFigure(f));
const started = performance.now();
console.log('# npm run bench');

const node = inProcessThroughput(RING);
print({ name: 'ring events', value: node.events, unit: 'events' });
print({ name: 'in-process (Node) throughput', value: node.eventsPerSecond, unit: 'events/s' });
seekTimes().forEach(print);
// SPEC §6: timeouts in a loop, where the kernel answers every `if timedout` it alone can decide.
const RETRIES = retriesInLoop(32, 100);
const retries = inProcessThroughput(RETRIES);
print({ name: 'retries events', value: retries.events, unit: 'events' });
print({ name: 'retries in-process (Node) throughput', value: retries.eventsPerSecond, unit: 'events/s' });
// SPEC §8: every order, on one thread.
exploreFigures().forEach(print);

await withBrowser(async (page) => {
  /** Both browser hosts on one scenario (names prefixed by `label`), and their ratio. */
  const hosts = async (label: string, source: string) => {
    const workers = await browserThroughput(page, source, 'workers', RING_MAX_EVENTS);
    const mainThread = await browserThroughput(page, source, 'main-thread', RING_MAX_EVENTS);
    print({ name: `${label}worker host (Chromium) throughput`, value: workers, unit: 'events/s' });
    print({ name: `${label}main-thread host (Chromium) throughput`, value: mainThread, unit: 'events/s' });
    print({
      name: `${label}worker host / main-thread host (Chromium)`,
      value: (100 * workers) / mainThread,
      unit: '%',
    });
    return workers;
  };
  const workers = await hosts('', RING);
  print({
    name: 'worker host / in-process (Node)',
    value: (100 * workers) / node.eventsPerSecond,
    unit: '%',
  });
  await hosts('retries ', RETRIES);
  (await frameTimes(page, '32 processes', busyMesh(32), 32)).forEach(print);
  (await frameTimes(page, '256 processes', busyMesh(256), 256)).forEach(print);
  (await diagramFigures(page, { source: busyMesh(64) })).forEach(print);
});

// What the first paint downloads: the entry chunk and the chunks index.html preloads with it, gzipped.
const html = readFileSync('dist/index.html', 'utf8');
const firstPaint = new Set([...html.matchAll(/assets\/([^"]+\.js)/g)].map((m) => m[1]!));
let firstPaintKb = 0;
for (const file of readdirSync('dist/assets').filter((f) => f.endsWith('.js'))) {
  const gz = gzipSync(readFileSync(`dist/assets/${file}`)).length / 1024;
  if (firstPaint.has(file)) firstPaintKb += gz;
  print({
    name: `gzip ${firstPaint.has(file) ? 'first-paint ' : 'lazy '}${file.replace(/-[\w-]{8}\.js$/, '.js')}`,
    value: gz,
    unit: 'KB',
  });
}
print({ name: 'gzip first paint total', value: firstPaintKb, unit: 'KB' });
print({ name: 'bench wall time', value: (performance.now() - started) / 1000, unit: 's' });
