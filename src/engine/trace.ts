// The trace: the single source of truth for everything the user sees (SPEC §3).

import type { Lang } from '../lang/ast';
import type { RunErrorCode } from '../lang/diagnostics.run';
import type { Params } from '../lang/hints';

export type BlockReason = 'recv' | 'ssend' | 'call' | 'publish' | 'consume' | 'barrier';
export type MessageKind = 'message' | 'sync' | 'ack' | 'request' | 'reply' | 'publish' | 'dispatch';
/** Why a message was lost: a `lose` line, a `cut` line, or its receiver was down. */
export type LossCause = 'lose' | 'cut' | 'crash';
export type OutcomeKind = 'completed' | 'idle' | 'deadlock' | 'limit' | 'error';

export interface BlockedInfo {
  process: string;
  reason: BlockReason;
  /** The process (recv from, ssend, call), the queue (publish, consume), the missing members (barrier) or null (plain recv). */
  waitsFor: string | string[] | null;
}

export interface Outcome {
  kind: OutcomeKind;
  /** Time of the last event before `run.end`. */
  time: number;
  /** One English sentence; the UI renders its own localized explanation from the other fields. */
  message: string;
  blocked: BlockedInfo[];
  /** The cycle of waiting, as process names, or null. */
  cycle: string[] | null;
  /** Processes that crashed and were not restarted, in declaration order (SPEC §6); present only
   *  when the scenario uses failures or timeouts. */
  crashed?: string[];
  /** For `error`: the process and line that failed. */
  process?: string;
  line?: number;
  /** For `limit`: which limit stopped the run. */
  limit?: 'events' | 'time' | 'statements';
  /** For `error` (an extension of SPEC §3): the run-time error's stable code, e.g. `run-division-by-zero`. */
  code?: RunErrorCode;
  /** For `error`: the values in the error's message, for rendering it in another language. */
  params?: Params;
}

interface Base {
  seq: number;
  t: number;
}

export type TraceEvent =
  | (Base & { type: 'proc.start'; process: string })
  | (Base & { type: 'proc.compute'; process: string; line: number; duration: number })
  | (Base & { type: 'proc.block'; process: string; line: number; reason: BlockReason; on: string | null })
  | (Base & { type: 'proc.unblock'; process: string })
  | (Base & { type: 'proc.done'; process: string })
  | (Base & {
      type: 'proc.error';
      process: string;
      line: number;
      message: string;
      /** The run-time error's stable code and the values in its message (an extension of SPEC §3). */
      code?: RunErrorCode;
      params?: Params;
    })
  | (Base & {
      type: 'msg.send';
      id: number;
      from: string;
      to: string;
      kind: MessageKind;
      payload: string | null;
      deliverAt: number;
      /** The statement that sent it: for an ack the receiver's `recv`, for a dispatch the consumer's `consume`. */
      line: number;
    })
  | (Base & { type: 'msg.deliver'; id: number; to: string })
  | (Base & { type: 'msg.recv'; id: number; process: string; line: number })
  | (Base & {
      type: 'barrier.arrive';
      barrier: string;
      process: string;
      generation: number;
      arrived: number;
      parties: number;
      line: number;
    })
  | (Base & { type: 'barrier.release'; barrier: string; generation: number; processes: string[] })
  | (Base & { type: 'note'; process: string; line: number; text: string; lang: Lang | null })
  /** An `ask` checkpoint reached (an extension of SPEC §3): players pause here and ask `text`. */
  | (Base & {
      type: 'ask';
      process: string;
      line: number;
      text: string;
      lang: Lang | null;
      answer: string | null;
    })
  /** SPEC §6: a process stops for good (until a restart). */
  | (Base & { type: 'proc.crash'; process: string })
  | (Base & { type: 'proc.restart'; process: string })
  /** SPEC §6: a blocked statement gave up at its deadline. */
  | (Base & { type: 'proc.timeout'; process: string; line: number; reason: BlockReason })
  /** SPEC §6: a message that was never delivered, at the time it would have been. */
  | (Base & { type: 'msg.lost'; id: number; to: string; why: LossCause })
  /** SPEC §6: a delivered answer whose statement had already given up. */
  | (Base & { type: 'msg.drop'; id: number; process: string; why: 'late' })
  | (Base & {
      type: 'barrier.withdraw';
      barrier: string;
      process: string;
      generation: number;
      arrived: number;
    })
  | (Base & { type: 'run.end'; outcome: Outcome });

export type EventType = TraceEvent['type'];
export type EventOf<T extends EventType> = Extract<TraceEvent, { type: T }>;

export interface TraceScenario {
  title: string;
  /** Titles by language, when the scenario gives them (an extension of SPEC §3). */
  titles: Partial<Record<Lang, string>>;
  processes: string[];
  queues: { name: string; capacity: number | null }[];
  barriers: { name: string; parties: number }[];
}

export interface Trace {
  format: 'rendezvous.trace';
  version: 1;
  scenario: TraceScenario;
  outcome: Outcome;
  events: TraceEvent[];
}
