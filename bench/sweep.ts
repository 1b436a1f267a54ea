// A sweep of 64 points of the 256-process ring, in-process (Node): how long the whole sweep takes
// (making the 64 texts, checking and running each, and its metrics) against 64 times one run.
// `npx tsx bench/sweep.ts` prints these figures alone; `npm run bench` prints them with the rest.
import { pathToFileURL } from 'node:url';
import { check } from '../src/lang';
import { runInProcess } from '../src/runtime/inprocess';
import { findKnob, inProcessRunner, parseRange, runSweep, sweepPoints } from '../src/sweep';
import { RING, RING_MAX_EVENTS } from './engine';
import { formatFigure, median, type Figure } from './stats';

/** The sweep `latency=1..64` of the ring, and one run of the ring (text checked and run), timed. */
export async function sweepFigures(): Promise<Figure[]> {
  const oneRun = () => runInProcess(check(RING).scenario, { maxEvents: RING_MAX_EVENTS });
  for (let k = 0; k < 2; k++) oneRun(); // warm-up
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    oneRun();
    times.push(performance.now() - start);
  }
  const one = median(times);

  const start = performance.now();
  const knob = findKnob(check(RING).scenario, 'latency');
  const points = sweepPoints(RING, knob, parseRange('1..64'));
  const rows = await runSweep(points, inProcessRunner({ maxEvents: RING_MAX_EVENTS }), { concurrency: 1 });
  const sweep = performance.now() - start;
  if (rows.length !== 64 || rows.some((r) => r.outcome !== 'completed'))
    throw new Error('the sweep did not complete');

  return [
    { name: 'ring one run (in-process, Node)', value: one, unit: 'ms' },
    { name: 'sweep of 64 ring points (in-process, Node, 1 worker)', value: sweep / 1000, unit: 's' },
    { name: 'sweep of 64 points / (64 × one run)', value: sweep / (64 * one), unit: '×' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('# npx tsx bench/sweep.ts');
  (await sweepFigures()).forEach((f) => console.log(formatFigure(f)));
}
