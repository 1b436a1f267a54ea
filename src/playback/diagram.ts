// The space-time diagram as data (SPEC §3): one pass over the trace, one element per event that
// starts something (a compute, a wait, a message, a barrier generation). The metrics are computed
// from this same model, so the diagram and the numbers can never disagree.

import type { Trace } from '../engine/trace';
import type { CutWindow } from './cuts';
import type {
  Arrow,
  BarrierBand,
  ComputeBar,
  CutBand,
  DiagramModel,
  DownInterval,
  Lane,
  WaitInterval,
} from './diagramModel';

/**
 * Builds the diagram of a run in one pass over its events. `cuts` (from `cutWindows` of the
 * scenario that ran) are drawn as the windows in which those wires were cut.
 */
export function buildDiagram(trace: Trace, cuts: readonly CutWindow[] = []): DiagramModel {
  const end = trace.outcome.time;
  const lanes: Lane[] = [];
  const laneIndex = new Map<string, number>();
  const addLane = (name: string, kind: Lane['kind']): number => {
    let k = laneIndex.get(name);
    if (k === undefined) {
      k = lanes.length;
      lanes.push({ name, kind });
      laneIndex.set(name, k);
    }
    return k;
  };
  for (const p of trace.scenario.processes) addLane(p, 'process');
  for (const q of trace.scenario.queues) addLane(q.name, 'queue');
  // A name the scenario header did not list (never in a well-formed trace) still gets a lane.
  const lane = (name: string, kind: Lane['kind'] = 'process'): number =>
    laneIndex.get(name) ?? addLane(name, kind);

  const bars: ComputeBar[] = [];
  const waits: WaitInterval[] = [];
  const arrows: Arrow[] = [];
  const bands: BarrierBand[] = [];
  const downs: DownInterval[] = [];
  /** Per lane: the index in `downs` of its interval while down. */
  const openDown = new Map<number, number>();
  /** Per lane: the index in `waits` of its open wait, or -1. */
  const openWait: number[] = lanes.map(() => -1);
  /** Per lane: its latest compute bar (a crash cuts it short). */
  const lastBar = new Map<number, ComputeBar>();
  const arrowById = new Map<number, Arrow>();
  const bandByKey = new Map<string, BarrierBand>();

  const events = trace.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    switch (e.type) {
      case 'proc.compute': {
        const bar = {
          lane: lane(e.process),
          from: e.t,
          to: Math.max(e.t, Math.min(e.t + e.duration, end)),
          eventIndex: i,
        };
        bars.push(bar);
        lastBar.set(bar.lane, bar);
        break;
      }
      case 'proc.block': {
        const l = lane(e.process);
        openWait[l] = waits.length;
        waits.push({
          lane: l,
          from: e.t,
          to: Math.max(e.t, end),
          reason: e.reason,
          on: e.on,
          eventIndex: i,
          open: true,
        });
        break;
      }
      // A wait ends when it is satisfied, when it gives up, or when its process crashes (SPEC §6).
      case 'proc.unblock':
      case 'proc.timeout':
      case 'proc.crash': {
        const l = lane(e.process);
        const w = waits[openWait[l] ?? -1];
        if (w) {
          w.to = e.t;
          w.open = false;
          if (e.type !== 'proc.unblock') w.ended = e.type === 'proc.timeout' ? 'timeout' : 'crash';
          openWait[l] = -1;
        }
        const bar = lastBar.get(l);
        if (e.type === 'proc.crash') {
          if (bar && bar.to > e.t) bar.to = e.t;
          openDown.set(l, downs.length);
          downs.push({ lane: l, from: e.t, to: Math.max(e.t, end), eventIndex: i, open: true });
        }
        break;
      }
      case 'proc.restart': {
        const l = lane(e.process);
        const down = downs[openDown.get(l) ?? -1];
        if (down) {
          down.to = e.t;
          down.open = false;
          openDown.delete(l);
        }
        break;
      }
      case 'msg.lost':
      case 'msg.drop': {
        const arrow = arrowById.get(e.id);
        if (arrow) arrow.fate = { why: e.why, at: e.t, eventIndex: i };
        break;
      }
      case 'msg.send': {
        const arrow: Arrow = {
          id: e.id,
          kind: e.kind,
          fromLane: lane(e.from, e.kind === 'dispatch' ? 'queue' : 'process'),
          toLane: lane(e.to, e.kind === 'publish' ? 'queue' : 'process'),
          sentAt: e.t,
          deliverAt: e.deliverAt,
          eventIndex: i,
          deliverIndex: null,
        };
        arrows.push(arrow);
        arrowById.set(e.id, arrow);
        break;
      }
      case 'msg.deliver': {
        const arrow = arrowById.get(e.id);
        if (arrow) arrow.deliverIndex = i;
        break;
      }
      case 'barrier.arrive': {
        const key = `${e.barrier}\u0000${e.generation}`;
        let band = bandByKey.get(key);
        if (!band) {
          band = {
            barrier: e.barrier,
            generation: e.generation,
            lanes: [],
            firstArrival: e.t,
            release: null,
            releaseIndex: null,
            arrivals: [],
          };
          bands.push(band);
          bandByKey.set(key, band);
        }
        band.lanes.push(lane(e.process));
        band.arrivals?.push({ at: e.t, eventIndex: i });
        break;
      }
      case 'barrier.withdraw': {
        const band = bandByKey.get(`${e.barrier}\u0000${e.generation}`);
        const l = laneIndex.get(e.process);
        const k = band
          ? band.lanes.findIndex((x, j) => x === l && band.arrivals?.[j]?.left === undefined)
          : -1;
        const arrival = band?.arrivals?.[k];
        if (arrival) arrival.left = e.t;
        break;
      }
      case 'barrier.release': {
        const band = bandByKey.get(`${e.barrier}\u0000${e.generation}`);
        if (band) {
          band.release = e.t;
          band.releaseIndex = i;
        }
        break;
      }
      default:
        break;
    }
  }
  const cutBands = cuts.flatMap((c): CutBand[] => {
    const laneA = laneIndex.get(c.a);
    const laneB = laneIndex.get(c.b);
    return laneA === undefined || laneB === undefined ? [] : [{ laneA, laneB, from: c.from, to: c.to }];
  });
  return { end, lanes, bars, waits, arrows, bands, downs, cuts: cutBands };
}

/** Time covered by the part of `[from, to]` that lies within `[0, end]`. */
export function spanWithin(from: number, to: number, end: number): number {
  return Math.max(0, Math.min(to, end) - Math.max(from, 0));
}
