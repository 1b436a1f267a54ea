// In-process engine throughput and playback seek time, in Node.
import { check } from '../src/lang';
import { runInProcess } from '../src/runtime/inprocess';
import { createPlayback } from '../src/playback';
import { median, percentile, type Figure } from './stats';
import { busyMesh, ringWithBarrier } from './scenarios';

/** Events per second of the in-process host on the ring scenario (median of several runs). */
export function inProcessThroughput(source: string, runs = 7): { eventsPerSecond: number; events: number } {
  const scenario = check(source).scenario;
  let events = 0;
  const rates: number[] = [];
  for (let k = 0; k < runs + 2; k++) {
    const start = performance.now();
    const trace = runInProcess(scenario, { maxEvents: RING_MAX_EVENTS });
    const ms = performance.now() - start;
    events = trace.events.length;
    if (k >= 2) rates.push(events / (ms / 1000)); // two warm-up runs
  }
  return { eventsPerSecond: median(rates), events };
}

/** Seek times to 100 random positions of a 100,000-event trace. */
export function seekTimes(): Figure[] {
  const trace = runInProcess(check(busyMesh(64)).scenario, { maxEvents: 100_000 });
  const buildStart = performance.now();
  const playback = createPlayback(trace);
  const buildMs = performance.now() - buildStart;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let k = 0; k < 20; k++) playback.stateAt(Math.floor(random() * trace.events.length)); // warm-up
  const times: number[] = [];
  for (let k = 0; k < 100; k++) {
    const index = Math.floor(random() * (trace.events.length + 1));
    const start = performance.now();
    playback.stateAt(index);
    times.push(performance.now() - start);
  }
  return [
    { name: 'seek trace events', value: trace.events.length, unit: 'events' },
    { name: 'seek index build', value: buildMs, unit: 'ms' },
    { name: 'seek median', value: median(times), unit: 'ms' },
    { name: 'seek p95', value: percentile(times, 95), unit: 'ms' },
  ];
}

export const RING = ringWithBarrier(256, 100);
/** The ring runs to completion (about 205,000 events), past the default event limit. */
export const RING_MAX_EVENTS = 10_000_000;
