// Every order (SPEC §8): how fast the explorer visits states on one thread, what a stored state
// costs, and how long a complete search of about a million states takes. `npx tsx bench/explore.ts`
// prints the figures as `name: value unit`; `npm run bench` prints them too. The machine is shared:
// the load average is printed beside them, and the CPU time of the complete search, which other
// processes disturb less than the wall-clock time.

import { loadavg } from 'node:os';
import { createExplorer, type ExploreProgress } from '../src/explore';
import { checkOrThrow } from '../src/runtime/inprocess';
import { formatFigure, type Figure } from './stats';

/**
 * N workers each send R messages to a collector that takes them in any order, then each waits for
 * one answer that only W[1] gets: every interleaving of the sends and deliveries is a state.
 * N = 4, R = 2 has 1,197,762 states without the reduction.
 */
export function fanIn(n: number, r: number): string {
  return [
    `process W[1..${n}]`,
    `  repeat ${r}`,
    '    send Z',
    '  end',
    '  recv from Z',
    'end',
    'process Z',
    `  repeat ${n * r}`,
    '    recv',
    '  end',
    `  repeat ${n}`,
    '    send W[1]',
    '  end',
    'end',
  ].join('\n');
}

/** Explores to the end (or the budget); the last progress report, whether it completed, and the
 *  CPU seconds the process spent meanwhile. */
function run(
  source: string,
  reduce: boolean,
  states: number,
): { p: ExploreProgress; complete: boolean; cpu: number } {
  const scenario = checkOrThrow(source);
  const before = process.cpuUsage();
  const explorer = createExplorer(scenario, { reduce, states, now: () => performance.now() });
  while (!explorer.advance(65_536));
  const used = process.cpuUsage(before);
  return {
    p: explorer.progress(),
    complete: explorer.result().complete,
    cpu: (used.user + used.system) / 1e6,
  };
}

/** The explorer's figures. */
export function exploreFigures(): Figure[] {
  const big = fanIn(4, 2);
  const load = loadavg()[0] ?? 0;
  const speed = run(big, false, 300_000);
  const full = run(big, false, 2_000_000);
  const reduced = run(big, true, 2_000_000);
  return [
    { name: 'explore load average before (1 min, 2 cores)', value: load, unit: 'processes' },
    {
      name: 'explore states per second (one thread, no reduction)',
      value: speed.p.statesPerSecond,
      unit: 'states/s',
    },
    { name: 'explore bytes per stored state', value: full.p.bytes / full.p.states, unit: 'bytes' },
    {
      name: 'explore complete search states (fan-in 4×2, no reduction)',
      value: full.p.states,
      unit: 'states',
    },
    {
      name: 'explore complete search time (fan-in 4×2, no reduction)',
      value: full.p.elapsed / 1000,
      unit: 's',
    },
    { name: 'explore complete search CPU time (same)', value: full.cpu, unit: 's' },
    {
      name: 'explore complete search states per CPU second (same)',
      value: full.p.states / full.cpu,
      unit: 'states/s',
    },
    { name: 'explore complete search states (same, reduced)', value: reduced.p.states, unit: 'states' },
    { name: 'explore complete search time (same, reduced)', value: reduced.p.elapsed / 1000, unit: 's' },
    { name: 'explore load average after (1 min, 2 cores)', value: loadavg()[0] ?? 0, unit: 'processes' },
    {
      name: 'explore complete (both searches)',
      value: full.complete && reduced.complete ? 1 : 0,
      unit: 'yes=1',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`)
  exploreFigures().forEach((f) => console.log(formatFigure(f)));
