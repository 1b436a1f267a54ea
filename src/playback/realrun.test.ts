// Playback of real runs (parser + engine), checked against invariants rather than hand-made worlds.

import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/trace';
import { runSource } from '../runtime/inprocess';
import { BUILTINS } from '../scenarios/all';
import { createPlayback } from './index';
import { describeBlocked, narrate } from './narration';
import { stateAt } from './state';
import type { World } from './world';

const INLINE: Record<string, string> = {
  mixed: `queue jobs capacity 1
barrier B
process P
  publish jobs "a"
  publish jobs "b"
  ssend Q "hi"
  barrier B
end
process Q
  consume jobs
  recv from P
  consume jobs
  barrier B
  call P
end
`,
  cycle: `process A
  recv from B
  send B
end
process B
  call A
end
`,
  error: `process A
  reply "nobody asked"
end
process B
  compute 5
end
`,
  ring: `barrier round
process W[1..4]
  repeat 3
    send W[i % n + 1] "token"
    recv
    barrier round
  end
end
`,
  // SPEC §6: every event of failures and timeouts.
  failures: `latency 2
lose S C count 1
cut C S from 30 to 34
crash W[2] at 3
restart W[2] at 12
crash Q at 1
barrier B
queue jobs
process C
  repeat 3
    call S "q" timeout 5
    if not timedout
      break
    end
  end
  publish jobs "job"
  send Q "to nobody"
end
process S
  loop
    recv
    compute 4
    reply "r"
  end
end
process W[1..2]
  consume jobs timeout 20
  barrier B timeout 4
end
process Q
  compute 2
end
`,
};

const sources = [...BUILTINS.map((b) => [b.id, b.source] as const), ...Object.entries(INLINE)];
const traces: [string, Trace][] = sources.map(([id, src]) => [id, runSource(src)]);

function checkInvariants(w: World): void {
  const running = w.processes.filter((p) => p.status === 'running');
  expect(running.length).toBeLessThanOrEqual(1);
  expect(w.running).toBe(running[0]?.name ?? null);
  for (const p of w.processes) {
    expect(p.blocked !== null).toBe(p.status === 'blocked');
    expect(p.compute !== null).toBe(p.status === 'computing');
    for (const id of p.mailbox) {
      const m = w.messages.get(id);
      expect(m).toMatchObject({ status: 'delivered', to: p.name });
      expect(['message', 'sync', 'request']).toContain(m?.kind);
    }
    for (const id of p.pendingRequests)
      expect(w.messages.get(id)).toMatchObject({ status: 'taken', kind: 'request', to: p.name });
  }
  for (const m of w.inFlight) {
    expect(m.status).toBe('flight');
    expect(m.progress).toBeGreaterThanOrEqual(0);
    expect(m.progress).toBeLessThanOrEqual(1);
  }
  for (const q of w.queues) {
    for (const id of q.contents)
      expect(w.messages.get(id)).toMatchObject({ status: 'delivered', kind: 'publish', to: q.name });
    for (const id of q.inbound)
      expect(w.messages.get(id)).toMatchObject({ status: 'flight', kind: 'publish', to: q.name });
    if (q.capacity !== null) expect(q.contents.length + q.inbound.length).toBeLessThanOrEqual(q.capacity);
  }
  // Full only between the last arrival and its release (two events of one instant).
  for (const b of w.barriers) expect(b.arrived.length).toBeLessThanOrEqual(b.parties);
}

describe.each(traces)('real run: %s', (_id, trace) => {
  it('keeps the world consistent at every position', () => {
    const pb = createPlayback(trace, { interval: 4 });
    for (let k = 0; k <= pb.eventCount; k++) checkInvariants(pb.stateAt(k));
  });

  it('ends in the outcome the engine reported', () => {
    const end = stateAt(trace, { index: trace.events.length });
    expect(end.outcome).toEqual(trace.outcome);
    const blocked = end.processes
      .filter((p) => p.status === 'blocked')
      .map((p) => [p.name, p.blocked?.reason]);
    expect(blocked).toEqual(trace.outcome.blocked.map((b) => [b.process, b.reason]));
    // A process that crashed and was not restarted counts as ended (SPEC §6).
    const crashed = end.processes.filter((p) => p.status === 'crashed').map((p) => p.name);
    expect(crashed).toEqual(trace.outcome.crashed ?? []);
    if (trace.outcome.kind === 'completed')
      expect(end.processes.every((p) => p.status === 'done' || p.status === 'crashed')).toBe(true);
    if (trace.outcome.kind === 'error') expect(end.processes.some((p) => p.status === 'error')).toBe(true);
  });

  it('seeks from snapshots exactly as from scratch', () => {
    const pb = createPlayback(trace, { interval: 5 });
    for (let k = 0; k <= pb.eventCount; k++) expect(pb.stateAt(k)).toEqual(stateAt(trace, { index: k }));
  });

  it('narrates every event and every wait in both languages', () => {
    const pb = createPlayback(trace);
    for (const [k, e] of trace.events.entries()) {
      const w = pb.stateAt(k + 1);
      for (const lang of ['en', 'ko'] as const) {
        // A question's own text may hold a question mark; the sentence around it may not.
        const sentence = narrate(e, w, lang);
        expect(e.type === 'ask' ? sentence.replace(e.text, '') : sentence).not.toMatch(
          /undefined|null|NaN|\?/,
        );
        for (const p of w.processes)
          if (p.blocked) expect(describeBlocked(p, lang)).not.toMatch(/undefined|null|\?/);
      }
    }
  });
});

describe('real run: a long trace', () => {
  it('matches from-scratch worlds at sampled positions of a 20,000-event run', () => {
    const trace = runSource(
      'process A\n  loop\n    send B "ping"\n    recv\n  end\nend\nprocess B\n  loop\n    recv\n    send A "pong"\n  end\nend\n',
      {
        maxEvents: 20_000,
      },
    );
    expect(trace.outcome.kind).toBe('limit');
    const pb = createPlayback(trace);
    for (let k = 0; k <= pb.eventCount; k += 997) expect(pb.stateAt(k)).toEqual(stateAt(trace, { index: k }));
  });
});

describe('real run: a queue’s lines as the kernel serves them', () => {
  /** The world right after `process` blocks for `reason`. */
  const afterBlock = (trace: Trace, process: string, reason: string): World =>
    stateAt(trace, {
      index:
        trace.events.findIndex(
          (e) => e.type === 'proc.block' && e.reason === reason && e.process === process,
        ) + 1,
    });

  // W[3] opens the barrier and runs first, yet each line lists W[1] first.
  it('lists publishers that blocked at one instant in declaration order', () => {
    const trace = runSource(`queue q capacity 1
barrier gate
process W[1..3]
  barrier gate
  publish q
  publish q
end
`);
    const world = afterBlock(trace, 'W[2]', 'publish');
    expect(world.queues.find((q) => q.name === 'q')?.blockedPublishers).toEqual(['W[1]', 'W[2]', 'W[3]']);
  });

  it('lists consumers that joined at one instant in declaration order', () => {
    const trace = runSource(`queue q
barrier gate
process W[1..3]
  barrier gate
  consume q
end
process P
  compute 1
  publish q "a"
end
`);
    const world = afterBlock(trace, 'W[2]', 'consume');
    expect(world.queues.find((q) => q.name === 'q')?.waiting).toEqual(['W[1]', 'W[2]', 'W[3]']);
  });
});
