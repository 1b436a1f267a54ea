// The process interpreter: a resumable stack machine over the compiled program of one instance.
// A program's control flow never depends on what it receives, so the interpreter can run ahead
// and hand the kernel its operations in batches of any size. The one exception is `if timedout`
// (SPEC §6): right after a statement with a `timeout`, only the kernel knows whether it gave up,
// so the interpreter sends a `branch` and waits for the answer before it goes on.

import type { Scenario } from '../lang/ast';
import { STALL_STATEMENTS, type Op } from '../engine/ops';
import { compileInstance, type Node } from './interpreter-compile';

export interface Interpreter {
  /**
   * The next operations, at most `max`; [] once the program has ended (done, error or stall).
   * After a `branch`, the next call must bring the kernel's answer (`timedout`).
   */
  next(max: number, timedout?: boolean): Op[];
}

interface Frame {
  body: Node[];
  pc: number;
  /** Iterations of a `repeat` still to run after the current one. */
  left: number;
  /** What `break` leaves: a `repeat` or a `loop` frame (not the body of an `if`). */
  kind: 'repeat' | 'loop' | 'if';
}

const DONE: Op = { op: 'done' };

/** Creates the interpreter of `scenario.instances[instance]`. */
export function createInterpreter(scenario: Scenario, instance: number): Interpreter {
  const stack: Frame[] = [{ body: compileInstance(scenario, instance), pc: 0, left: 0, kind: 'if' }];
  let finished = false;
  /** Statements run since the last operation. */
  let quiet = 0;
  /** What `timedout` is, as far as this program can tell; null right after a statement with a timeout. */
  let known: boolean | null = false;
  /** The `if timedout` waiting for the kernel's answer. */
  let asked: Extract<Node, { k: 'timedout' }> | null = null;

  const enter = (body: Node[] | null, kind: Frame['kind'], left = 0) => {
    if (body !== null && body.length > 0) stack.push({ body, pc: 0, left, kind });
  };

  /** Takes the branch of an `if timedout` now that the answer is known. */
  const decide = (node: Extract<Node, { k: 'timedout' }>, timedout: boolean) => {
    enter(timedout !== node.negated ? node.then : node.else, 'if');
  };

  return {
    next(max, timedout) {
      const out: Op[] = [];
      if (asked !== null) {
        if (timedout === undefined) return out;
        known = timedout;
        decide(asked, timedout);
        asked = null;
      }
      while (!finished && out.length < max) {
        const frame = stack[stack.length - 1];
        if (frame === undefined) {
          out.push(DONE);
          finished = true;
          break;
        }
        if (frame.pc >= frame.body.length) {
          if (frame.kind === 'loop') frame.pc = 0;
          else if (frame.left > 0) {
            frame.left--;
            frame.pc = 0;
          } else stack.pop();
          continue;
        }
        const node = frame.body[frame.pc++] as Node;
        if (node.k === 'op') {
          out.push(node.op);
          quiet = 0;
          if (node.op.op === 'error') finished = true;
          else if ('timeout' in node.op && node.op.timeout !== null) known = null;
          continue;
        }
        // A body that is empty forever (`loop … end` with nothing inside) can only stall.
        if (++quiet >= STALL_STATEMENTS || (node.k === 'loop' && node.body.length === 0)) {
          out.push({ op: 'stall', line: node.line });
          finished = true;
          break;
        }
        switch (node.k) {
          case 'repeat':
            if (node.count > 0) enter(node.body, 'repeat', node.count - 1);
            break;
          case 'loop':
            enter(node.body, 'loop');
            break;
          case 'if':
            enter(node.body, 'if');
            break;
          case 'break': {
            // Leave the innermost `repeat` or `loop`, and the `if` bodies inside it.
            let top = stack.pop();
            while (top !== undefined && top.kind === 'if') top = stack.pop();
            break;
          }
          case 'timedout':
            if (known !== null) {
              decide(node, known);
              break;
            }
            asked = node;
            out.push({ op: 'branch', line: node.line });
            return out;
        }
      }
      return out;
    },
  };
}
