// Whatever the text (random bytes, cut-short or mutated traces, huge numbers, deep nesting),
// parseTraceFile answers quickly and never throws; what it accepts is a sound trace.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/trace';
import { createPlayback } from '../playback';
import { runSource } from '../runtime/inprocess';
import { builtin } from '../scenarios/all';
import { parseTraceFile } from './index';

const source = (id: string): string => builtin(id)?.source ?? '';
const samples = ['rpc', 'barrier', 'queue-crash', 'rpc-retry'].map((id) =>
  JSON.stringify(runSource(source(id))),
);

/** Parses and, when accepted, plays the trace to its end: an accepted trace must play. */
function survive(text: string): void {
  const started = Date.now();
  const result = parseTraceFile(text);
  expect(Date.now() - started).toBeLessThan(2000);
  if (result.ok) {
    const playback = createPlayback(result.trace);
    playback.stateAt(playback.eventCount);
  } else {
    expect(result.message.length).toBeGreaterThan(0);
    expect(result.message.length).toBeLessThan(400);
  }
}

describe('parseTraceFile never throws and never hangs', () => {
  it('on random strings and random bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => survive(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => survive(new TextDecoder().decode(bytes))),
      { numRuns: 300 },
    );
  });

  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => survive(JSON.stringify(v) ?? 'null')),
      { numRuns: 300 },
    );
  });

  it('on real traces cut short anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
        const cut = text.slice(0, Math.floor(text.length * at));
        const result = parseTraceFile(cut);
        expect(result.ok).toBe(cut === text);
      }),
      { numRuns: 200 },
    );
  });

  it('on real traces with one field of one event replaced by any JSON value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.nat(),
        fc.constantFrom('seq', 't', 'type', 'id', 'to', 'from', 'process', 'line', 'outcome', 'deliverAt'),
        fc.jsonValue({ maxDepth: 3 }),
        (text, at, field, value) => {
          const trace = JSON.parse(text) as { events: Record<string, unknown>[] };
          const e = trace.events[at % trace.events.length] as Record<string, unknown>;
          e[field] = value;
          survive(JSON.stringify(trace));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on real traces with events shuffled, dropped or repeated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.nat(), { minLength: 1, maxLength: 80 }),
        (text, picks) => {
          const trace = JSON.parse(text) as { events: unknown[] };
          const n = trace.events.length;
          trace.events = picks.map((k) => trace.events[k % n]);
          survive(JSON.stringify(trace));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on huge numbers and very deep nesting', () => {
    const rpc = samples[0] as string;
    const huge = rpc.replace(/"deliverAt":\d+/, '"deliverAt":1e400').replace(/"t":0/, '"t":-1e999');
    const r = parseTraceFile(huge);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/finite number/);
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    survive(deep);
    const r2 = parseTraceFile(deep);
    expect(!r2.ok && r2.message).toMatch(/nests deeper than 64 levels/);
    // Brackets inside strings do not count.
    expect(parseTraceFile(rpc.replace('"title":"', `"title":"${'[{'.repeat(500)}\\"`)).ok).toBe(true);
    const deepInside = rpc.replace('"events":[', `"events":[${'['.repeat(200_000)}${']'.repeat(200_000)},`);
    survive(deepInside);
    const bigInt = rpc.replace(/"id":1,/, `"id":${'9'.repeat(400)},`);
    expect(parseTraceFile(bigInt).ok).toBe(false);
  });

  it('accepts nothing whose events fail the engine’s own invariants on message fate', () => {
    // A mutated trace that is accepted never delivers a message twice or before it is sent.
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (text, a, b) => {
        const trace = JSON.parse(text) as Trace;
        const n = trace.events.length - 1;
        const [x, y] = [a % n, b % n];
        [trace.events[x], trace.events[y]] = [trace.events[y] as never, trace.events[x] as never];
        trace.events.forEach((e, k) => (e.seq = k));
        const result = parseTraceFile(JSON.stringify(trace));
        if (!result.ok) return;
        const sent = new Set<number>();
        const delivered = new Set<number>();
        for (const e of result.trace.events) {
          if (e.type === 'msg.send') sent.add(e.id);
          if (e.type === 'msg.deliver') {
            expect(sent.has(e.id)).toBe(true);
            expect(delivered.has(e.id)).toBe(false);
            delivered.add(e.id);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
