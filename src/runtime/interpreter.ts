// The process interpreter: a resumable stack machine over the compiled program of one instance.
// A program's control flow never depends on what it receives, so the interpreter can run ahead
// and hand the kernel its operations in batches of any size.

import type { Scenario } from '../lang/ast';
import { STALL_STATEMENTS, type Op } from '../engine/ops';
import { compileInstance, type Node } from './interpreter-compile';

export interface Interpreter {
  /** The next operations, at most `max`; [] once the program has ended (done, error or stall). */
  next(max: number): Op[];
}

interface Frame {
  body: Node[];
  pc: number;
  /** Iterations of a `repeat` still to run after the current one. */
  left: number;
  loop: boolean;
}

const DONE: Op = { op: 'done' };

/** Creates the interpreter of `scenario.instances[instance]`. */
export function createInterpreter(scenario: Scenario, instance: number): Interpreter {
  const stack: Frame[] = [{ body: compileInstance(scenario, instance), pc: 0, left: 0, loop: false }];
  let finished = false;
  /** Statements run since the last operation. */
  let quiet = 0;

  return {
    next(max) {
      const out: Op[] = [];
      while (!finished && out.length < max) {
        const frame = stack[stack.length - 1];
        if (frame === undefined) {
          out.push(DONE);
          finished = true;
          break;
        }
        if (frame.pc >= frame.body.length) {
          if (frame.loop) frame.pc = 0;
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
          continue;
        }
        // A body that is empty forever (`loop … end` with nothing inside) can only stall.
        if (++quiet >= STALL_STATEMENTS || (node.k === 'loop' && node.body.length === 0)) {
          out.push({ op: 'stall', line: node.line });
          finished = true;
          break;
        }
        if (node.k === 'repeat') {
          if (node.count > 0 && node.body.length > 0) {
            stack.push({ body: node.body, pc: 0, left: node.count - 1, loop: false });
          }
        } else if (node.k === 'loop') {
          stack.push({ body: node.body, pc: 0, left: 0, loop: true });
        } else if (node.body !== null && node.body.length > 0) {
          stack.push({ body: node.body, pc: 0, left: 0, loop: false });
        }
      }
      return out;
    },
  };
}
