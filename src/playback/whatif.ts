// Interventions on the stage, turned into fault lines (SPEC §6 "What-ifs in the app"). Each is
// placed in time so that the new run does everything the old one did up to the step the user is
// on: only the future changes.

import type { Trace, TraceEvent } from '../engine/trace';
import { josa } from '../lang/josa';
import { faultEnd, type FaultSpec } from '../lang/whatif';
import type { Lang } from '../lang/ast';

/** What the user asked for, in the terms of the stage. */
export type Intervention =
  | { kind: 'crash'; process: string }
  | { kind: 'restart'; process: string }
  | { kind: 'lose'; message: number }
  | { kind: 'delay'; message: number; by: number }
  | { kind: 'cut'; a: string; b: string; ticks: number };

/** Why an intervention cannot be made at this step. */
export type NotPossible =
  'no-such-message' | 'not-in-flight' | 'already-lost' | 'ended' | 'crashed' | 'not-crashed' | 'bad-ticks';

export type Planned = { ok: true; fault: FaultSpec } | { ok: false; why: NotPossible };

/**
 * The fault line that makes `what` happen in the run of `trace`, seen after its first `index`
 * events. Crash, restart and cut lines are written at the step's time when the instant has not yet
 * gone past its crash lines (SPEC §6 rule 4 (b)), else at the next tick; a lost or delayed message
 * is named by its send time and the messages of its pair sent before it at that time.
 */
export function planIntervention(trace: Trace, index: number, what: Intervention): Planned {
  const events = trace.events;
  const end = Math.max(0, Math.min(index, events.length));
  switch (what.kind) {
    case 'crash':
    case 'restart': {
      const life = lifeOf(events, end, what.process);
      if (life.state === 'ended') return { ok: false, why: 'ended' };
      if (what.kind === 'crash' && life.state === 'crashed') return { ok: false, why: 'crashed' };
      if (what.kind === 'restart' && life.state !== 'crashed') return { ok: false, why: 'not-crashed' };
      let at = lifeLineTime(events, end);
      // A restart needs its crash at an earlier time (SPEC §6 rule 1).
      if (life.state === 'crashed') at = Math.max(at, life.since + 1);
      return { ok: true, fault: { kind: what.kind, target: faultEnd(what.process), at } };
    }
    case 'lose':
    case 'delay': {
      if (what.kind === 'delay' && !(Number.isSafeInteger(what.by) && what.by >= 1))
        return { ok: false, why: 'bad-ticks' };
      const found = messageAt(events, end, what.message);
      if (!found.ok) return found;
      const m = found.send;
      if (what.kind === 'lose' && events.some((e) => e.type === 'msg.lost' && e.id === m.id))
        return { ok: false, why: 'already-lost' };
      const skip = events
        .slice(0, end)
        .filter(
          (e) => e.type === 'msg.send' && e.from === m.from && e.to === m.to && e.t === m.t && e.id < m.id,
        ).length;
      const rest = { a: faultEnd(m.from), b: faultEnd(m.to), count: 1, from: m.t, skip };
      return {
        ok: true,
        fault: what.kind === 'lose' ? { kind: 'lose', ...rest } : { kind: 'delay', ...rest, by: what.by },
      };
    }
    case 'cut': {
      if (!(Number.isSafeInteger(what.ticks) && what.ticks >= 1)) return { ok: false, why: 'bad-ticks' };
      const t = timeAt(events, end);
      // A message of this pair sent now and already delivered now (no latency) must stay delivered.
      const pair = (e: { from: string; to: string }) =>
        (e.from === what.a && e.to === what.b) || (e.from === what.b && e.to === what.a);
      const arrivedNow = events
        .slice(0, end)
        .some((e) => e.type === 'msg.send' && e.t === t && e.deliverAt <= t && pair(e));
      const from = arrivedNow ? t + 1 : t;
      return {
        ok: true,
        fault: { kind: 'cut', a: faultEnd(what.a), b: faultEnd(what.b), from, to: from + what.ticks },
      };
    }
  }
}

/** The time of the step: that of its last event (0 before any). */
export function timeAt(events: readonly TraceEvent[], end: number): number {
  return end > 0 ? (events[end - 1]?.t ?? 0) : 0;
}

/** Events an instant has before its crash lines run (SPEC §6 rule 4 (a), (b)). */
const BEFORE_CRASH_LINES = new Set<TraceEvent['type']>([
  'proc.start',
  'msg.deliver',
  'msg.lost',
  'msg.drop',
  'proc.crash',
  'proc.restart',
]);

/**
 * The earliest time a new crash or restart line can take effect without changing the first `end`
 * events: the step's own time if nothing past step (b) has happened yet at that instant (a line
 * added last runs after the crash and restart lines already there), else the next tick.
 */
export function lifeLineTime(events: readonly TraceEvent[], end: number): number {
  const t = timeAt(events, end);
  for (let k = end - 1; k >= 0 && events[k]!.t === t; k--)
    if (!BEFORE_CRASH_LINES.has(events[k]!.type)) return t + 1;
  return t;
}

type Life = { state: 'live' } | { state: 'ended' } | { state: 'crashed'; since: number };

/** Whether `process` is running, has ended or is down after the first `end` events. */
function lifeOf(events: readonly TraceEvent[], end: number, process: string): Life {
  let life: Life = { state: 'live' };
  for (let k = 0; k < end; k++) {
    const e = events[k]!;
    if (!('process' in e) || e.process !== process) continue;
    if (e.type === 'proc.done' || e.type === 'proc.error') life = { state: 'ended' };
    else if (e.type === 'proc.crash') life = { state: 'crashed', since: e.t };
    else if (e.type === 'proc.restart') life = { state: 'live' };
  }
  return life;
}

type Send = Extract<TraceEvent, { type: 'msg.send' }>;

/** The message `id` if it is on its way after the first `end` events. */
function messageAt(
  events: readonly TraceEvent[],
  end: number,
  id: number,
): { ok: true; send: Send } | { ok: false; why: NotPossible } {
  let send: Send | null = null;
  for (let k = 0; k < end; k++) {
    const e = events[k]!;
    if (e.type === 'msg.send' && e.id === id) send = e;
    else if ((e.type === 'msg.deliver' || e.type === 'msg.lost') && e.id === id)
      return { ok: false, why: 'not-in-flight' };
  }
  return send ? { ok: true, send } : { ok: false, why: 'no-such-message' };
}

const name = (e: { name: string; index: number | null }) =>
  e.index === null ? e.name : `${e.name}[${e.index}]`;

/** What a what-if line changes, in a few words: the name of its branch ("Server crashes at t=4"). */
export function describeFault(f: FaultSpec, lang: Lang): string {
  const ko = lang === 'ko';
  switch (f.kind) {
    case 'crash':
      return ko
        ? `t=${f.at}에 ${josa(name(f.target), '이/가')} 다운됨`
        : `${name(f.target)} crashes at t=${f.at}`;
    case 'restart':
      return ko
        ? `t=${f.at}에 ${josa(name(f.target), '이/가')} 재시작함`
        : `${name(f.target)} restarts at t=${f.at}`;
    case 'cut':
      return ko
        ? `${name(f.a)}–${name(f.b)} 연결 끊김 (t=${f.from}–${f.to})`
        : `${name(f.a)}–${name(f.b)} cut from t=${f.from} to t=${f.to}`;
    case 'lose':
    case 'delay': {
      const which = messages(f, lang);
      if (f.kind === 'lose') return ko ? `유실: ${which}` : `Lost: ${which}`;
      return ko ? `${f.by}틱 지연: ${which}` : `Delayed ${f.by} ${f.by === 1 ? 'tick' : 'ticks'}: ${which}`;
    }
  }
}

/** Which messages a `lose` or `delay` line names. */
function messages(f: Extract<FaultSpec, { kind: 'lose' | 'delay' }>, lang: Lang): string {
  const pair = `${name(f.a)} → ${name(f.b)}`;
  const nth = f.skip > 0 ? (lang === 'ko' ? ` ${f.skip + 1}번째` : ` (#${f.skip + 1} then)`) : '';
  if (lang === 'ko')
    return f.count === 1
      ? `${pair}, t=${f.from}에 보낸${nth} 메시지`
      : `${pair}, t=${f.from}부터 메시지 ${f.count}개`;
  return f.count === 1
    ? `${pair}, sent at t=${f.from}${nth}`
    : `${f.count} messages ${pair} from t=${f.from}`;
}
