// The ShiViz importer against random executions of a made-up system: hosts do local work, send
// and receive, each event logged with a correct vector clock, the log lines in any order. Every
// message whose receive taught the receiver something new about its sender (the only ones vector
// clocks can show) comes back as exactly that send/receive pair; garbage never makes it throw.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromShiViz, parseTraceFile } from './index';

type Step = { kind: 'local' | 'send' | 'recv'; host: number; to: number; pick: number };

const steps = fc.array(
  fc.record({
    kind: fc.constantFrom('local', 'send', 'recv') as fc.Arbitrary<Step['kind']>,
    host: fc.nat(3),
    to: fc.nat(3),
    pick: fc.nat(),
  }),
  { minLength: 1, maxLength: 60, size: 'max' },
);

interface Simulated {
  log: string;
  pairs: string[];
}

/** Runs the steps on hosts h0..h3 and writes the ShiViz log, entries shuffled by `order`. */
function simulate(plan: Step[], order: number[]): Simulated {
  const clocks: Record<string, number>[] = [{}, {}, {}, {}];
  const inFlight: { from: number; to: number; text: string; clock: Record<string, number> }[] = [];
  const entries: string[] = [];
  const pairs: string[] = [];
  const tick = (h: number, text: string, learned?: Record<string, number>): Record<string, number> => {
    const c = { ...clocks[h] };
    for (const [k, v] of Object.entries(learned ?? {})) c[k] = Math.max(c[k] ?? 0, v);
    c[`h${h}`] = (clocks[h]?.[`h${h}`] ?? 0) + 1;
    clocks[h] = c;
    entries.push(`${text}\nh${h} ${JSON.stringify(c)}`);
    return c;
  };
  for (const [k, s] of plan.entries()) {
    if (s.kind === 'send' && s.to !== s.host) {
      const text = `h${s.host} sends m${k} to h${s.to}`;
      inFlight.push({ from: s.host, to: s.to, text, clock: tick(s.host, text) });
      continue;
    }
    // A receive takes any message in flight (in any order: the network need not be FIFO).
    const m = inFlight[s.pick % Math.max(1, inFlight.length)];
    if (s.kind === 'recv' && m) {
      inFlight.splice(inFlight.indexOf(m), 1);
      const sender = `h${m.from}`;
      // A message carrying nothing new about its sender is invisible to vector clocks: skip it.
      if ((m.clock[sender] ?? 0) <= (clocks[m.to]?.[sender] ?? 0)) continue;
      tick(m.to, `h${m.to} receives from ${sender}`, m.clock);
      pairs.push(`${sender}→h${m.to}: ${m.text}`);
      continue;
    }
    tick(s.host, `h${s.host} works (step ${k})`);
  }
  const shuffled = entries.map((e, k) => ({ e, key: order[k % order.length] ?? 0 }));
  shuffled.sort((a, b) => a.key - b.key);
  return { log: shuffled.map((x) => x.e).join('\n'), pairs: pairs.sort() };
}

describe('fromShiViz on random executions', () => {
  it('recovers every visible send/receive pair, whatever the order of the log', () => {
    let seen = 0;
    fc.assert(
      fc.property(steps, fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (plan, order) => {
        const { log, pairs } = simulate(plan, order);
        const result = fromShiViz(log);
        if (!result.ok) throw new Error(`${result.message}\n${log}`);
        expect(parseTraceFile(JSON.stringify(result.trace)).ok).toBe(true);
        const got = result.trace.events
          .flatMap((e) => (e.type === 'msg.send' ? [`${e.from}→${e.to}: ${e.payload}`] : []))
          .sort();
        expect(got).toEqual(pairs);
        seen += pairs.length;
        // Lamport time: every message arrives after it leaves.
        for (const e of result.trace.events)
          if (e.type === 'msg.send') expect(e.deliverAt).toBeGreaterThan(e.t);
      }),
      // A fixed seed: the count below must not depend on the luck of the draw.
      { numRuns: 300, seed: 42 },
    );
    // The executions are not trivial: they hold thousands of messages in all.
    expect(seen).toBeGreaterThan(1500);
  });

  it('never throws on garbage, and what it accepts is a valid trace', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        'a',
        'h0 {"h0":1}',
        'h1 {"h1":1,"h0":1}',
        'h0 {"h0":2}',
        'x {"x":0}',
        'h2 {"h2":1,"h9":3}',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.option(fc.string({ maxLength: 30 })),
        (lines, regex) => {
          const result = fromShiViz(lines.join('\n'), regex ?? undefined);
          if (result.ok) expect(parseTraceFile(JSON.stringify(result.trace)).ok).toBe(true);
          else expect(result.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
