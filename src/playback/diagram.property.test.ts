// The diagram model matches the events one to one, over every built-in scenario and random small
// scenarios; and every process's busy + blocked + idle time adds up to the makespan.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Trace, TraceEvent } from '../engine/trace';
import { runSource } from '../runtime/inprocess';
import { BUILTINS } from '../scenarios/all';
import { buildDiagram } from './diagram';
import { computeMetrics } from './metrics';

/** Checks that the model matches the events one to one, and that each process's time adds up. */
function checkCorrespondence(trace: Trace): void {
  const m = buildDiagram(trace);
  const events = trace.events;
  const count = (type: TraceEvent['type']) => events.filter((e) => e.type === type).length;
  const at = <T extends TraceEvent['type']>(i: number | null, type: T) => {
    const e = i === null ? undefined : events[i];
    expect(e?.type).toBe(type);
    return e as Extract<TraceEvent, { type: T }>;
  };
  const laneName = (k: number) => m.lanes[k]?.name;
  expect(m.end).toBe(trace.outcome.time);
  expect(m.bars.length).toBe(count('proc.compute'));
  expect(m.waits.length).toBe(count('proc.block'));
  expect(m.arrows.length).toBe(count('msg.send'));
  const generations = new Set(
    events.flatMap((e) => (e.type === 'barrier.arrive' ? [`${e.barrier}/${e.generation}`] : [])),
  );
  expect(m.bands.length).toBe(generations.size);
  for (const b of m.bars) {
    const e = at(b.eventIndex, 'proc.compute');
    // A crash cuts a compute short (SPEC §6).
    const crash = events
      .slice(b.eventIndex + 1)
      .find((x) => x.type === 'proc.crash' && x.process === e.process && x.t < e.t + e.duration);
    const to = Math.min(e.t + e.duration, m.end, crash?.t ?? Infinity);
    expect([laneName(b.lane), b.from, b.to]).toEqual([e.process, e.t, to]);
  }
  for (const w of m.waits) {
    const e = at(w.eventIndex, 'proc.block');
    expect([laneName(w.lane), w.from, w.reason, w.on]).toEqual([e.process, e.t, e.reason, e.on]);
    const next = events
      .slice(w.eventIndex + 1)
      .find((x) => 'process' in x && x.process === e.process && x.type.startsWith('proc.'));
    const ends = ['proc.unblock', 'proc.timeout', 'proc.crash'];
    if (w.open) expect(ends.includes(next?.type ?? '')).toBe(false);
    else expect([ends.includes(next?.type ?? ''), next?.t]).toEqual([true, w.to]);
  }
  for (const a of m.arrows) {
    const e = at(a.eventIndex, 'msg.send');
    expect([a.id, a.kind, laneName(a.fromLane), laneName(a.toLane), a.sentAt, a.deliverAt]).toEqual([
      e.id,
      e.kind,
      e.from,
      e.to,
      e.t,
      e.deliverAt,
    ]);
    if (a.deliverIndex !== null) {
      const d = at(a.deliverIndex, 'msg.deliver');
      expect([d.id, d.to, d.t]).toEqual([a.id, e.to, a.deliverAt]);
    } else expect(events.some((x) => x.type === 'msg.deliver' && x.id === a.id)).toBe(false);
  }
  for (const band of m.bands) {
    expect(band.arrivals?.length).toBe(band.lanes.length);
    band.arrivals?.forEach((arrival, k) => {
      const e = at(arrival.eventIndex, 'barrier.arrive');
      expect([e.barrier, e.generation, e.process, e.t]).toEqual([
        band.barrier,
        band.generation,
        laneName(band.lanes[k]!),
        arrival.at,
      ]);
    });
    expect(band.firstArrival).toBe(band.arrivals?.[0]?.at);
    if (band.releaseIndex === null) expect(band.release).toBeNull();
    else {
      const e = at(band.releaseIndex, 'barrier.release');
      expect([e.barrier, e.generation, e.t]).toEqual([band.barrier, band.generation, band.release]);
    }
  }
  const metrics = computeMetrics(trace);
  for (const p of metrics.processes) {
    expect(p.busy + p.blockedTotal).toBeLessThanOrEqual(metrics.makespan);
    expect(p.busy + p.blockedTotal + p.idle).toBe(metrics.makespan);
  }
  expect(Object.values(metrics.messages).reduce((s, n) => s + n, 0)).toBe(count('msg.send'));
}

describe('the model matches the events one to one', () => {
  it.each(BUILTINS.map((b) => [b.id, b.source]))('built-in scenario %s', (_id, source) => {
    checkCorrespondence(runSource(source));
  });

  const NAMES = ['P0', 'P1', 'P2'];
  /** Statement templates and their weights: `T` becomes another process, `N` a small number. */
  const TEMPLATES: [string, number][] = [
    ['compute N', 4],
    ['send T "m"', 3],
    ['ssend T', 1],
    ['call T', 1],
    ['recv', 3],
    ['recv from T', 1],
    ['reply "r"', 1],
    ['publish q "j"', 2],
    ['consume q', 2],
    ['barrier B', 2],
  ];
  const statement = (self: string): fc.Arbitrary<string> => {
    const fill = fc.tuple(
      fc.constantFrom(...NAMES.filter((n) => n !== self)),
      fc.integer({ min: 0, max: 4 }),
    );
    return fc.oneof(
      ...TEMPLATES.map(([text, weight]) => ({
        weight,
        arbitrary: fill.map(([t, n]) => text.replace('T', t).replace('N', String(n))),
      })),
    );
  };
  const scenario = fc
    .record({
      latency: fc.integer({ min: 0, max: 3 }),
      jitter: fc.constantFrom(0, 0, 2),
      capacity: fc.constantFrom('', ' capacity 1', ' capacity 2'),
      bodies: fc.tuple(...NAMES.map((n) => fc.array(statement(n), { maxLength: 6 }))),
    })
    .map(({ latency, jitter, capacity, bodies }) =>
      [`latency ${latency}`, `jitter ${jitter}`, `queue q${capacity}`, 'barrier B']
        .concat(
          bodies.flatMap((body, k) => [
            `process ${NAMES[k]}`,
            ...body.map((s) => `  ${s}`),
            '  compute 1',
            'end',
          ]),
        )
        .join('\n'),
    );

  it('random small scenarios', () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(scenario, (source) => {
        const trace = runSource(source);
        checkCorrespondence(trace);
        kinds.set(trace.outcome.kind, (kinds.get(trace.outcome.kind) ?? 0) + 1);
      }),
      { numRuns: 300 },
    );
    expect(kinds.get('completed')).toBeGreaterThan(0);
    expect(kinds.get('deadlock')).toBeGreaterThan(0);
  });
});
