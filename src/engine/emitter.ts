// Builds trace events with their fields in the exact order of trace.ts (the JSON is compared byte
// for byte) and enforces the event limit: the event that would pass it is never recorded.

import type { Lang } from '../lang/ast';
import type { RunErrorInfo } from '../lang/diagnostics.run';
import type { BlockReason, LossCause, MessageKind, Outcome, TraceEvent } from './trace';

/** Thrown by the emitter instead of recording an event past the limit; the kernel catches it. */
export class EventLimitReached {
  readonly limit = 'events';
}

const LIMIT = new EventLimitReached();

/** A message as the emitter needs it. */
export interface SentMessage {
  id: number;
  kind: MessageKind;
  payload: string | null;
  deliverAt: number;
  line: number;
}

/** Appends events to a trace, numbering them. */
export class Emitter {
  readonly events: TraceEvent[] = [];

  constructor(private readonly maxEvents: number) {}

  private room(): number {
    const seq = this.events.length;
    if (seq >= this.maxEvents) throw LIMIT;
    return seq;
  }

  /** Time of the last event, or 0 when there is none. */
  lastTime(): number {
    const last = this.events[this.events.length - 1];
    return last === undefined ? 0 : last.t;
  }

  start(t: number, process: string): void {
    this.events.push({ seq: this.room(), t, type: 'proc.start', process });
  }

  compute(t: number, process: string, line: number, duration: number): void {
    this.events.push({ seq: this.room(), t, type: 'proc.compute', process, line, duration });
  }

  block(t: number, process: string, line: number, reason: BlockReason, on: string | null): void {
    this.events.push({ seq: this.room(), t, type: 'proc.block', process, line, reason, on });
  }

  unblock(t: number, process: string): void {
    this.events.push({ seq: this.room(), t, type: 'proc.unblock', process });
  }

  done(t: number, process: string): void {
    this.events.push({ seq: this.room(), t, type: 'proc.done', process });
  }

  error(t: number, process: string, line: number, message: string, error?: RunErrorInfo): void {
    const seq = this.room();
    this.events.push(
      error
        ? { seq, t, type: 'proc.error', process, line, message, code: error.code, params: error.params }
        : { seq, t, type: 'proc.error', process, line, message },
    );
  }

  send(t: number, m: SentMessage, from: string, to: string): void {
    const { id, kind, payload, deliverAt, line } = m;
    this.events.push({ seq: this.room(), t, type: 'msg.send', id, from, to, kind, payload, deliverAt, line });
  }

  deliver(t: number, id: number, to: string): void {
    this.events.push({ seq: this.room(), t, type: 'msg.deliver', id, to });
  }

  recv(t: number, id: number, process: string, line: number): void {
    this.events.push({ seq: this.room(), t, type: 'msg.recv', id, process, line });
  }

  arrive(
    t: number,
    barrier: string,
    process: string,
    generation: number,
    arrived: number,
    parties: number,
    line: number,
  ): void {
    const seq = this.room();
    this.events.push({
      seq,
      t,
      type: 'barrier.arrive',
      barrier,
      process,
      generation,
      arrived,
      parties,
      line,
    });
  }

  release(t: number, barrier: string, generation: number, processes: string[]): void {
    this.events.push({ seq: this.room(), t, type: 'barrier.release', barrier, generation, processes });
  }

  note(t: number, process: string, line: number, text: string, lang: Lang | null): void {
    this.events.push({ seq: this.room(), t, type: 'note', process, line, text, lang });
  }

  ask(
    t: number,
    process: string,
    line: number,
    text: string,
    lang: Lang | null,
    answer: string | null,
  ): void {
    this.events.push({ seq: this.room(), t, type: 'ask', process, line, text, lang, answer });
  }

  crash(t: number, process: string): void {
    this.events.push({ seq: this.room(), t, type: 'proc.crash', process });
  }

  restart(t: number, process: string): void {
    this.events.push({ seq: this.room(), t, type: 'proc.restart', process });
  }

  timeout(t: number, process: string, line: number, reason: BlockReason): void {
    this.events.push({ seq: this.room(), t, type: 'proc.timeout', process, line, reason });
  }

  lost(t: number, id: number, to: string, why: LossCause): void {
    this.events.push({ seq: this.room(), t, type: 'msg.lost', id, to, why });
  }

  drop(t: number, id: number, process: string): void {
    this.events.push({ seq: this.room(), t, type: 'msg.drop', id, process, why: 'late' });
  }

  withdraw(t: number, barrier: string, process: string, generation: number, arrived: number): void {
    const seq = this.room();
    this.events.push({ seq, t, type: 'barrier.withdraw', barrier, process, generation, arrived });
  }

  /** The final event; never refused by the limit. */
  end(outcome: Outcome): void {
    this.events.push({ seq: this.events.length, t: outcome.time, type: 'run.end', outcome });
  }
}
