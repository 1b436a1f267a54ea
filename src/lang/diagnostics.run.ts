// Run-time errors: what can fail while a checked scenario runs (SPEC §2, the `error` outcome). Like the
// checker's diagnostics, each has a stable code (its heading in the language reference), the values
// filled into its message, and the English message the trace has always carried.

import type { Params } from './hints';

/** Why a run's host failed (`run-worker-failed`). */
export type HostFailure =
  /** A process's program gave the kernel no further operation. */
  | 'no-operation'
  /** The worker caught an error while interpreting (`detail`: the error). */
  | 'failed'
  /** The worker itself crashed (`detail`: what the browser said, possibly empty). */
  | 'crashed'
  /** The worker sent a message that could not be read. */
  | 'unreadable'
  /** The worker did not answer within `ms` milliseconds. */
  | 'timeout'
  /** The run was stopped while the worker was busy. */
  | 'stopped'
  /** Anything else thrown while waiting for operations (`detail`: the error). */
  | 'exception';

interface RunEntry {
  description: string;
  message: (p: Params) => string;
}

const workerMessage = (p: Params): string => {
  const w = `Worker ${p.worker}`;
  switch (p.reason as HostFailure) {
    case 'no-operation':
      return 'its program produced no further operation';
    case 'failed':
      return `${w} failed: ${p.detail}`;
    case 'crashed':
      return `${w} crashed: ${p.detail || 'it could not run'}`;
    case 'unreadable':
      return `${w} sent a message that could not be read`;
    case 'timeout':
      return `${w} stopped answering (no reply in ${p.ms} ms)`;
    case 'stopped':
      return 'The run was stopped';
    case 'exception':
      return String(p.detail);
  }
};

const RUN_TABLE = {
  'run-division-by-zero': {
    description: 'A division or remainder by zero in an expression whose value is only known during the run.',
    message: (p) => (p.op === '%' ? 'remainder of a division by zero' : 'division by zero'),
  },
  'run-no-such-member': {
    description: 'A group member number, computed during the run, outside the group’s range.',
    message: (p) => `${p.group}[${p.index}] does not exist: ${p.group} has members ${p.first}..${p.last}`,
  },
  'run-negative-compute': {
    description: 'A `compute` whose amount, computed during the run, is negative.',
    message: (p) => `compute needs a duration of 0 or more, got ${p.duration}`,
  },
  'run-bad-timeout': {
    description: 'A `timeout` whose amount, computed during the run, is less than 1 tick.',
    message: (p) => `timeout must be at least 1 tick, got ${p.value}`,
  },
  'run-reply-without-request': {
    description: 'A `reply` when every request the process received is already answered.',
    message: () => 'reply has no request to answer',
  },
  'run-worker-failed': {
    description: 'A worker running the processes crashed, stopped answering, or produced no operation.',
    message: workerMessage,
  },
} satisfies Record<string, RunEntry>;

export type RunErrorCode = keyof typeof RUN_TABLE;

/** A run-time error's code and the values of its message, as the trace carries them. */
export interface RunErrorInfo {
  code: RunErrorCode;
  params: Params;
}

/** Every run-time error code with a one-line description (for the docs). */
export const RUN_ERROR_CODES: readonly { code: RunErrorCode; description: string }[] = (
  Object.keys(RUN_TABLE) as RunErrorCode[]
).map((code) => ({ code, description: RUN_TABLE[code].description }));

/** True for a known run-time error code. */
export function isRunErrorCode(code: unknown): code is RunErrorCode {
  return typeof code === 'string' && Object.hasOwn(RUN_TABLE, code);
}

/** The English message of a run-time error (exactly the text the trace's `message` has). */
export function runErrorMessage(code: RunErrorCode, params: Params): string {
  return RUN_TABLE[code].message(params);
}
