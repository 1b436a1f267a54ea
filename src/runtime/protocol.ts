// Messages between the kernel's side (main thread) and the process workers.

import type { Scenario } from '../lang/ast';
import type { Op } from '../engine/ops';

export type ToWorker =
  /** Start run `run`: interpret these process instances (indices into `scenario.instances`). */
  | { type: 'init'; run: number; scenario: Scenario; instances: number[] }
  /** Produce the next operations of several processes, at most `max` each. */
  | { type: 'pull'; run: number; requests: PullRequest[] };

/**
 * What the kernel tells a program as it asks for more (SPEC §6): the answer to its `branch`
 * (`timedout`), or that it starts again from its first statement (`restart`).
 */
export interface PullContext {
  timedout?: boolean;
  restart?: boolean;
}

export interface PullRequest extends PullContext {
  process: number;
  max: number;
}

export type FromWorker =
  | { type: 'ops'; run: number; batches: { process: number; ops: Op[] }[] }
  | { type: 'failed'; run: number; message: string };

/** A source of operations for every process: Web Workers, or the main thread itself. */
export interface ProcessHost {
  /** Which worker runs each process (by instance index), or null when none does. */
  readonly placement: readonly (number | null)[];
  /** The next operations of `process`, at most `max`. */
  pull(process: number, max: number, context?: PullContext): Op[] | Promise<Op[]>;
  /** Stop every worker; pending pulls reject. */
  dispose(): void;
}

/** A host that answers at once, on the calling thread. */
export interface SyncProcessHost extends ProcessHost {
  pull(process: number, max: number, context?: PullContext): Op[];
}
