// Hand-made and generated diagram models for the diagram's tests and benchmarks (no trace needed).

import type { BlockReason, MessageKind } from '../../engine/trace';
import type { Arrow, BarrierBand, ComputeBar, DiagramModel, WaitInterval } from '../../playback/diagramModel';

/**
 * Three processes and a queue over 20 ticks, with every kind of element:
 * bars P 0–3, Q 8–12, R 2–2.2 (a sliver); waits Q recv 4–8, P call 10–14, R barrier 5–15,
 * R recv 17– (never ends); arrows #1 message P→Q 3→8, #2 request P→Q 10→11, #3 reply Q→P
 * 13→14, #4 publish P→jobs 16→17 (undelivered); barrier B generation 1 (R, P) 5–15 released
 * at 15, generation 2 (R) from 18, never released.
 */
export function smallModel(): DiagramModel {
  return {
    end: 20,
    lanes: [
      { name: 'P', kind: 'process' },
      { name: 'Q', kind: 'process' },
      { name: 'R', kind: 'process' },
      { name: 'jobs', kind: 'queue' },
    ],
    bars: [
      { lane: 0, from: 0, to: 3, eventIndex: 0 },
      { lane: 1, from: 8, to: 12, eventIndex: 5 },
      { lane: 2, from: 2, to: 2.2, eventIndex: 2 },
    ],
    waits: [
      { lane: 1, from: 4, to: 8, reason: 'recv', on: 'P', eventIndex: 3, open: false },
      { lane: 0, from: 10, to: 14, reason: 'call', on: 'Q', eventIndex: 7, open: false },
      { lane: 2, from: 5, to: 15, reason: 'barrier', on: 'B', eventIndex: 4, open: false },
      { lane: 2, from: 17, to: 20, reason: 'recv', on: null, eventIndex: 12, open: true },
    ],
    arrows: [
      {
        id: 1,
        kind: 'message',
        fromLane: 0,
        toLane: 1,
        sentAt: 3,
        deliverAt: 8,
        eventIndex: 1,
        deliverIndex: 6,
      },
      {
        id: 2,
        kind: 'request',
        fromLane: 0,
        toLane: 1,
        sentAt: 10,
        deliverAt: 11,
        eventIndex: 8,
        deliverIndex: 9,
      },
      {
        id: 3,
        kind: 'reply',
        fromLane: 1,
        toLane: 0,
        sentAt: 13,
        deliverAt: 14,
        eventIndex: 10,
        deliverIndex: 11,
      },
      {
        id: 4,
        kind: 'publish',
        fromLane: 0,
        toLane: 3,
        sentAt: 16,
        deliverAt: 17,
        eventIndex: 13,
        deliverIndex: null,
      },
    ],
    bands: [
      { barrier: 'B', generation: 1, lanes: [2, 0], firstArrival: 5, release: 15, releaseIndex: 14 },
      { barrier: 'B', generation: 2, lanes: [2], firstArrival: 18, release: null, releaseIndex: null },
    ],
  };
}

const KINDS: MessageKind[] = ['message', 'sync', 'ack', 'request', 'reply', 'publish', 'dispatch'];
const REASONS: BlockReason[] = ['recv', 'ssend', 'call', 'publish', 'consume', 'barrier'];

/** A deterministic pseudo-random generator in [0, 1). */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/**
 * A busy run of about `events` trace events (a message is ~3 events, a wait 2, a compute 1):
 * `processes` lanes each alternating compute and waits, messages to random peers, a barrier
 * generation every few hundred ticks. Elements come out sorted by start, as buildDiagram makes them.
 */
export function bigModel(events = 100_000, processes = 64, seed = 7): DiagramModel {
  const random = seeded(seed);
  const lanes = Array.from({ length: processes }, (_, i) => ({ name: `P${i}`, kind: 'process' as const }));
  const bars: ComputeBar[] = [];
  const waits: WaitInterval[] = [];
  const arrows: Arrow[] = [];
  const bands: BarrierBand[] = [];
  const clock = new Float64Array(processes);
  let count = 0;
  let id = 0;
  while (count < events) {
    const lane = Math.floor(random() * processes);
    const t = clock[lane]!;
    const roll = random();
    if (roll < 0.3) {
      const to = t + 1 + Math.floor(random() * 4);
      bars.push({ lane, from: t, to, eventIndex: count });
      clock[lane] = to;
      count += 1;
    } else if (roll < 0.6) {
      const to = t + Math.floor(random() * 12);
      const reason = REASONS[Math.floor(random() * REASONS.length)]!;
      waits.push({ lane, from: t, to, reason, on: null, eventIndex: count, open: false });
      clock[lane] = to;
      count += 2;
    } else {
      const toLane = (lane + 1 + Math.floor(random() * (processes - 1))) % processes;
      const kind = KINDS[Math.floor(random() * KINDS.length)]!;
      const deliverAt = t + 3 + Math.floor(random() * 6);
      arrows.push({
        id: ++id,
        kind,
        fromLane: lane,
        toLane,
        sentAt: t,
        deliverAt,
        eventIndex: count,
        deliverIndex: count + 1,
      });
      clock[lane] = t + 1;
      count += 3;
    }
  }
  const end = Math.max(...clock);
  for (let t = 100, g = 1; t < end - 20; t += 300, g++) {
    const members = Array.from({ length: 8 }, (_, k) => (g * 8 + k) % processes);
    bands.push({
      barrier: 'round',
      generation: g,
      lanes: members,
      firstArrival: t,
      release: t + 15,
      releaseIndex: null,
    });
  }
  const byStart =
    <T>(start: (x: T) => number) =>
    (a: T, b: T) =>
      start(a) - start(b);
  bars.sort(byStart((b) => b.from));
  waits.sort(byStart((w) => w.from));
  arrows.sort(byStart((a) => a.sentAt));
  return { end, lanes, bars, waits, arrows, bands };
}
