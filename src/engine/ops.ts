// What a process's program asks of the kernel, one operation per interaction.
// A program's control flow never depends on what it receives (no variables are bound by `recv`),
// so an interpreter can produce these ahead of time and in batches; the kernel alone decides when
// each one takes effect on the virtual clock. The one exception is `if timedout` (SPEC §6): when
// the interpreter cannot know the answer, it sends `branch` and waits for the kernel's.

import type { Lang } from '../lang/ast';
import type { RunErrorCode } from '../lang/diagnostics.run';
import type { Params } from '../lang/hints';

/** `timeout`: ticks before a blocking statement gives up (SPEC §6), or null for none. */
export type Op =
  | { op: 'compute'; line: number; duration: number }
  /** `send` (kind message), `ssend` (kind sync, then waits for the ack), `call` (kind request, then waits for the reply). */
  | {
      op: 'send';
      line: number;
      kind: 'message' | 'sync' | 'request';
      to: string;
      payload: string | null;
      timeout: number | null;
    }
  /** `inLoop`: the statement sits inside a `loop` (a server waiting for work). */
  | { op: 'recv'; line: number; from: string | null; inLoop: boolean; timeout: number | null }
  | { op: 'reply'; line: number; payload: string | null }
  | { op: 'publish'; line: number; queue: string; payload: string | null }
  | { op: 'consume'; line: number; queue: string; inLoop: boolean; timeout: number | null }
  | { op: 'barrier'; line: number; barrier: string; timeout: number | null }
  /** `if timedout` where the program cannot know: the kernel answers with the process's `timedout`. */
  | { op: 'branch'; line: number }
  | { op: 'note'; line: number; lang: Lang | null; text: string }
  | { op: 'ask'; line: number; lang: Lang | null; text: string; answer: string | null }
  /** The program ran to its end. */
  | { op: 'done' }
  /** A statement failed (division by zero, group index out of range, negative compute); `code`/`params` name it. */
  | { op: 'error'; line: number; message: string; code?: RunErrorCode; params?: Params }
  /** The program ran 1,000,000 statements without producing an operation. */
  | { op: 'stall'; line: number };

export type OpKind = Op['op'];

/** Statements a program may run without producing an operation before the run is stopped. */
export const STALL_STATEMENTS = 1_000_000;
