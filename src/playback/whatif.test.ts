// Interventions written as fault lines: exact lines for known cases, and over every built-in and
// random steps, the new run does exactly what the old one did before the step.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Trace, TraceEvent } from '../engine/trace';
import { addFaultLine, faultText } from '../lang/whatif';
import { runSource } from '../runtime/inprocess';
import { BUILTINS, builtin } from '../scenarios/all';
import { describeFault, planIntervention, type Intervention } from './whatif';

const run = (source: string): Trace => runSource(source);

function planned(trace: Trace, index: number, what: Intervention) {
  const p = planIntervention(trace, index, what);
  if (!p.ok) throw new Error(`not possible: ${p.why}`);
  return p.fault;
}

const without = (e: TraceEvent) => {
  const { seq: _seq, ...rest } = e;
  return rest;
};

describe('planIntervention', () => {
  const rpc = builtin('rpc')!.source;
  const trace = run(rpc);
  const reply = trace.events.find((e) => e.type === 'msg.send' && e.kind === 'reply')!;
  const afterReplySent = trace.events.indexOf(reply) + 1;

  it('loses the reply in flight by its send time, and only that message is lost', () => {
    const fault = planned(trace, afterReplySent, { kind: 'lose', message: (reply as { id: number }).id });
    expect(faultText(fault)).toBe(`lose Server Client from ${reply.t}`);
    const branch = run(addFaultLine(rpc, fault));
    const lost = branch.events.filter((e) => e.type === 'msg.lost');
    expect(lost).toEqual([expect.objectContaining({ id: (reply as { id: number }).id, why: 'lose' })]);
    expect(branch.outcome.kind).toBe('deadlock');
    expect(branch.events.slice(0, afterReplySent).map(without)).toEqual(
      trace.events.slice(0, afterReplySent).map(without),
    );
  });

  it('names the k-th message of a pair sent at one instant with skip', () => {
    const source = `process A\n  send B "one"\n  send B "two"\n  send B "three"\nend\nprocess B\n  repeat 3\n    recv\n  end\nend\n`;
    const t = run(source);
    const sends = t.events.filter((e) => e.type === 'msg.send');
    const second = sends[1] as { id: number };
    const at = t.events.indexOf(sends[2]!) + 1;
    const fault = planned(t, at, { kind: 'lose', message: second.id });
    expect(faultText(fault)).toBe('lose A B skip 1');
    const branch = run(addFaultLine(source, fault));
    expect(branch.events.filter((e) => e.type === 'msg.lost').map((e) => (e as { id: number }).id)).toEqual([
      second.id,
    ]);
  });

  it('crashes at the step’s time before anything ran at that instant, else at the next tick', () => {
    const deliver = trace.events.findIndex((e) => e.type === 'msg.deliver');
    const at = trace.events[deliver]!.t;
    // Right after the delivery, nothing has run yet at that instant: the crash goes at t.
    expect(planned(trace, deliver + 1, { kind: 'crash', process: 'Server' })).toMatchObject({ at });
    // Once a process acted at t, a crash at t would change the past: it goes at t + 1.
    const acted = trace.events.findIndex((e, k) => k > deliver && e.t === at && e.type !== 'msg.deliver');
    expect(planned(trace, acted + 1, { kind: 'crash', process: 'Server' })).toMatchObject({ at: at + 1 });
  });

  it('restarts only a crashed process, after its crash', () => {
    const crashed = run(`${rpc}\ncrash Server at 3\n`);
    const k = crashed.events.findIndex((e) => e.type === 'proc.crash') + 1;
    expect(planIntervention(crashed, k, { kind: 'crash', process: 'Server' })).toEqual({
      ok: false,
      why: 'crashed',
    });
    expect(planned(crashed, k, { kind: 'restart', process: 'Server' })).toMatchObject({
      kind: 'restart',
      at: 4,
    });
    expect(planIntervention(trace, 5, { kind: 'restart', process: 'Server' })).toEqual({
      ok: false,
      why: 'not-crashed',
    });
    const done = trace.events.findIndex((e) => e.type === 'proc.done' && e.process === 'Client') + 1;
    expect(planIntervention(trace, done, { kind: 'crash', process: 'Client' })).toEqual({
      ok: false,
      why: 'ended',
    });
  });

  it('refuses a message that has arrived, and bad tick counts', () => {
    const delivered = trace.events.findIndex((e) => e.type === 'msg.deliver') + 1;
    const id = (trace.events.find((e) => e.type === 'msg.send') as { id: number }).id;
    expect(planIntervention(trace, delivered, { kind: 'lose', message: id })).toEqual({
      ok: false,
      why: 'not-in-flight',
    });
    expect(planIntervention(trace, 3, { kind: 'cut', a: 'Client', b: 'Server', ticks: 0 })).toEqual({
      ok: false,
      why: 'bad-ticks',
    });
  });

  it('names branches by what changed, in English and Korean', () => {
    const crash = planned(trace, 3, { kind: 'crash', process: 'Server' });
    expect(describeFault(crash, 'en')).toMatch(/^Server crashes at t=\d+$/);
    expect(describeFault(crash, 'ko')).toMatch(/^t=\d+에 Server가 다운됨$/);
    const cut = planned(trace, 3, { kind: 'cut', a: 'Client', b: 'Server', ticks: 5 });
    expect(describeFault(cut, 'en')).toMatch(/^Client–Server cut from t=(\d+) to t=\d+$/);
  });
});

/** Interventions that make sense at step `index` of `trace`, one per kind where possible. */
function candidates(trace: Trace, index: number): Intervention[] {
  const out: Intervention[] = [];
  const prefix = trace.events.slice(0, index);
  const arrived = new Set(
    prefix
      .filter((e) => e.type === 'msg.deliver' || e.type === 'msg.lost')
      .map((e) => (e as { id: number }).id),
  );
  for (const e of prefix) {
    if (e.type !== 'msg.send' || arrived.has(e.id)) continue;
    out.push({ kind: 'lose', message: e.id }, { kind: 'delay', message: e.id, by: 3 });
    out.push({ kind: 'cut', a: e.from, b: e.to, ticks: 4 });
  }
  for (const p of trace.scenario.processes)
    out.push({ kind: 'crash', process: p }, { kind: 'restart', process: p });
  return out;
}

describe('an intervention changes only the future', () => {
  const runnable = BUILTINS.filter((b) => b.source.length < 6000);

  it('keeps every event before the step (a delay only moves its message’s arrival)', () => {
    const traces = new Map(runnable.map((b) => [b.id, run(b.source)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...runnable),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        (scenario, where, pick) => {
          const trace = traces.get(scenario.id)!;
          const index = Math.floor(where * trace.events.length);
          const options = candidates(trace, index)
            .map((what) => ({ what, plan: planIntervention(trace, index, what) }))
            .filter((c) => c.plan.ok);
          if (options.length === 0) return;
          const { what, plan } = options[pick % options.length]!;
          if (!plan.ok) return;
          const branch = run(addFaultLine(scenario.source, plan.fault));
          // The end of the old run is not part of its past: a what-if at the end runs on.
          const before = trace.events
            .slice(0, index)
            .filter((e) => e.type !== 'run.end')
            .map(without);
          const after = branch.events.slice(0, before.length).map(without);
          if (what.kind === 'delay') {
            // The delayed message (and those FIFO raises behind it) are announced later; nothing else differs.
            const strip = (e: ReturnType<typeof without>) =>
              e.type === 'msg.send' ? { ...e, deliverAt: 0 } : e;
            expect(after.map(strip)).toEqual(before.map(strip));
          } else expect(after).toEqual(before);
          // And it did happen.
          const f = plan.fault;
          if (f.kind === 'lose' && what.kind === 'lose')
            expect(branch.events.some((e) => e.type === 'msg.lost' && e.id === what.message)).toBe(true);
          // A crash happens unless the process ends before its time comes (then nothing happens).
          if (f.kind === 'crash' && what.kind === 'crash')
            expect(
              branch.events.some(
                (e) =>
                  'process' in e &&
                  e.process === what.process &&
                  ((e.type === 'proc.crash' && e.t === f.at) ||
                    ((e.type === 'proc.done' || e.type === 'proc.error') && e.t <= f.at)),
              ),
            ).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
