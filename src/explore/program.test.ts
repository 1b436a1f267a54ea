// The explorer walks each program with its own frame stack (program.ts); it must meet the same
// statements, in the same order, as the interpreter the timed runs use (runtime/interpreter.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioSpec } from '../engine/arbitraries';
import type { Op } from '../engine/ops';
import { build } from '../engine/testkit';
import { createInterpreter } from '../runtime/interpreter';
import { buildModel } from './model';
import { STALL, opAt, settle } from './program';

const PASSING = new Set(['compute', 'note', 'ask']);
const MAX = 60;

/** The interpreter's statements that take a step, at most MAX, read through at most 20,000 ops. */
function interpreted(scenario: Parameters<typeof createInterpreter>[0], k: number): Op[] {
  const it = createInterpreter(scenario, k);
  const out: Op[] = [];
  for (let read = 0; read < 20_000 && out.length < MAX;) {
    const ops = it.next(256);
    if (ops.length === 0) break;
    read += ops.length;
    for (const op of ops) if (!PASSING.has(op.op) && op.op !== 'done') out.push(op);
  }
  return out.slice(0, MAX);
}

describe('the explorer’s program walk', () => {
  it('meets the interpreter’s statements in the same order', () => {
    fc.assert(
      fc.property(scenarioSpec, (spec) => {
        const { scenario } = build(spec);
        const model = buildModel(scenario);
        scenario.instances.forEach((_, k) => {
          const prog = model.progs[k]!;
          const walked: Op[] = [];
          let frames: number[] = [0, 0, 0];
          let stalled = false;
          while (walked.length < MAX) {
            frames = settle(prog, frames, false);
            const x = opAt(prog, frames);
            if (x === null) break;
            if (x.kind === STALL) {
              stalled = true;
              break;
            }
            walked.push(x.op);
            if (x.op.op === 'error') break;
          }
          const theirs = interpreted(scenario, k);
          // A loop without a step runs for ever in both; the interpreter's stall (if it reports
          // one) is where the walk stops.
          const steps = theirs.filter((op) => op.op !== 'stall');
          expect(walked).toEqual(stalled ? steps.slice(0, walked.length) : steps);
          if (stalled) expect(steps.length).toBe(walked.length);
        });
      }),
      { numRuns: 300 },
    );
  });
});
