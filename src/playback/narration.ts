// One plain sentence per trace event, in English or Korean. The facts come from the event and
// from the World right after it (or, if given the World before it, the event is applied first);
// each language turns them into whole sentences of its own (narration-en.ts, narration-ko.ts).

import type { Lang } from '../lang/ast';
import { runErrorText } from '../lang/diagnostics.render';
import type { Outcome, TraceEvent } from '../engine/trace';
import { en } from './narration-en';
import { FAILURE_BOOKS } from './narration-failures';
import { ko } from './narration-ko';
import type { MsgFacts, NarrationClock, Phrasebook } from './phrasebook';

export type { NarrationClock } from './phrasebook';
import { apply } from './state';
import type { MessageView, ProcessView, World } from './world';
import { processOf, queueOf } from './world';

export const BOOKS: Record<Lang, Phrasebook> = { en, ko };

function facts(m: MessageView, clock: NarrationClock): MsgFacts {
  const { id, from, to, kind, payload, deliverAt, answers } = m;
  const f: MsgFacts = { id, from, to, kind, payload, deliverAt, answers };
  if (clock === 'deliveries') f.clock = clock;
  return f;
}

/** The wait of `process` that ended at `t` (unblocked or given up): why, on what, how long; or null. */
function endedWait(w: World, process: string, t: number) {
  const wait = processOf(w, process)?.lastWait;
  if (!wait || wait.until !== t) return null;
  const on = wait.reason === 'barrier' ? (wait.barrier ?? wait.on) : wait.on;
  return { reason: wait.reason, on, waited: wait.until - wait.since };
}

function sentence(e: TraceEvent, w: World, lang: Lang, clock: NarrationClock): string {
  const book = BOOKS[lang];
  switch (e.type) {
    case 'proc.start':
      return book.start(e.process);
    case 'proc.compute':
      return book.compute(e.process, e.duration, e.line, e.t + e.duration);
    case 'proc.block': {
      const p = processOf(w, e.process);
      const q = e.reason === 'publish' && e.on !== null ? queueOf(w, e.on) : undefined;
      return book.block({
        process: e.process,
        reason: e.reason,
        on: e.reason === 'barrier' ? (p?.blocked?.barrier ?? e.on) : e.on,
        line: e.line,
        arrived: p?.blocked?.arrived ?? null,
        parties: p?.blocked?.parties ?? null,
        used: q ? q.contents.length + q.inbound.length : null,
        capacity: q?.capacity ?? null,
      });
    }
    case 'proc.unblock': {
      const ended = endedWait(w, e.process, e.t);
      return book.unblock({
        process: e.process,
        reason: ended?.reason ?? null,
        on: ended?.on ?? null,
        waited: ended?.waited ?? 0,
        ...(clock === 'deliveries' ? { clock } : {}),
      });
    }
    case 'proc.done':
      return book.done(e.process);
    case 'proc.error':
      return book.error(e.process, e.line, runErrorText(e, lang) ?? e.message);
    case 'msg.send': {
      const { id, from, to, kind, payload, deliverAt } = e;
      return book.send({
        id,
        from,
        to,
        kind,
        payload,
        deliverAt,
        answers: w.messages.get(id)?.answers ?? null,
        ...(clock === 'deliveries' ? { clock } : {}),
      });
    }
    case 'msg.deliver': {
      const m = w.messages.get(e.id);
      if (!m) return book.arrivesSomewhere(e.id, e.to);
      const held =
        m.kind === 'publish' ? queueOf(w, e.to)?.contents.length : processOf(w, e.to)?.mailbox.length;
      return book.deliver({ msg: facts(m, clock), held: held ?? 0 });
    }
    case 'msg.recv': {
      const taken = processOf(w, e.process)?.lastTaken;
      const m = taken && taken.id === e.id ? taken : null;
      const sender = m ? processOf(w, m.from)?.blocked : undefined;
      const waitsFor = m?.kind === 'sync' ? 'ssend' : m?.kind === 'request' ? 'call' : null;
      return book.recv({
        process: e.process,
        msg: m && facts(m, clock),
        id: e.id,
        senderWaits: waitsFor !== null && sender?.reason === waitsFor && sender.on === e.process,
      });
    }
    case 'barrier.arrive':
      return book.arrive(e.process, e.barrier, e.generation, e.arrived, e.parties);
    case 'barrier.release':
      return book.release(e.barrier, e.generation, e.processes);
    case 'note':
      return book.note(e.process, e.line, e.text);
    case 'ask':
      return book.ask(e.process, e.line, e.text);
    case 'proc.crash':
      return FAILURE_BOOKS[lang].crash(e.process);
    case 'proc.restart':
      return FAILURE_BOOKS[lang].restart(e.process);
    case 'proc.timeout': {
      const ended = endedWait(w, e.process, e.t);
      return FAILURE_BOOKS[lang].timeout(
        e.process,
        e.reason,
        ended?.on ?? null,
        ended?.waited ?? null,
        clock,
      );
    }
    case 'msg.lost':
      return FAILURE_BOOKS[lang].lost(e.id, e.to, e.why);
    case 'msg.drop':
      return FAILURE_BOOKS[lang].drop(e.id, e.process);
    case 'barrier.withdraw':
      return FAILURE_BOOKS[lang].withdraw(e.process, e.barrier, e.arrived);
    case 'run.end':
      return describeOutcome(e.outcome, lang, w);
  }
}

/**
 * One sentence for `event`, prefixed with its time ("t=3 · …"; `run.end` states its time itself).
 * `world` is the World right after the event (`stateAt(seq + 1)`); the one before it works too.
 * In a run the explorer found, `clock` is `deliveries`: times and waits are said in deliveries
 * ("delivery 3 · …", "전달 3 · …"), as its clock counts them.
 */
export function narrate(
  event: TraceEvent,
  world: World,
  lang: Lang,
  clock: NarrationClock = 'ticks',
): string {
  const after = world.position.index === event.seq ? apply(world, event) : world;
  const text = sentence(event, after, lang, clock);
  if (event.type === 'run.end') return clock === 'deliveries' ? deliveriesIn(text, lang) : text;
  const at =
    clock === 'deliveries' ? (lang === 'ko' ? `전달 ${event.t}` : `delivery ${event.t}`) : `t=${event.t}`;
  return `${at} · ${text}`;
}

/** An outcome sentence of an explored run, its times said as deliveries ("at t=2" → "at delivery 2"). */
export function deliveriesIn(text: string, lang: Lang): string {
  return text.replace(/t=(\d+)/gu, (_, n: string) => (lang === 'ko' ? `전달 ${n}번째` : `delivery ${n}`));
}

/** How the run ended, who waits for what and the cycle; `world` (optional) names the barriers waited at. */
export function describeOutcome(outcome: Outcome, lang: Lang, world?: World): string {
  const barrierOf = (name: string): string | null =>
    (world && processOf(world, name)?.blocked?.barrier) ?? null;
  const text = BOOKS[lang].outcome(outcome, barrierOf);
  const down = outcome.crashed ?? [];
  return down.length === 0 ? text : `${text} ${FAILURE_BOOKS[lang].down(down)}`;
}

/** A short caption for a blocked process node ("waiting for reply from Server"); '' if not blocked. */
export function describeBlocked(proc: ProcessView, lang: Lang): string {
  const b = proc.blocked;
  if (!b) return '';
  const on = b.reason === 'barrier' ? (b.barrier ?? b.on) : b.on;
  return BOOKS[lang].waiting({ reason: b.reason, on, arrived: b.arrived, parties: b.parties });
}

/** False for a caption or a question written for the other language: logs in `lang` leave it out. */
export function writtenFor(e: TraceEvent, lang: Lang): boolean {
  return !((e.type === 'note' || e.type === 'ask') && e.lang !== null && e.lang !== lang);
}
