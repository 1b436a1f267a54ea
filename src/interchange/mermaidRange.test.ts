// The ranges Export Mermaid offers follow the playhead and the checkpoints, and each one drawn
// with toMermaid still parses with Mermaid's own parser.
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/trace';
import { checkpointsOf } from '../playback/checkpoints';
import { runSource } from '../runtime/inprocess';
import { builtin } from '../scenarios/all';
import { clampRange, mermaidRanges, toMermaid } from './index';

const run = (id: string): Trace => runSource(builtin(id)?.source ?? '');

const TWO_QUESTIONS = `process A
  ask "Who sends first?"
  send B "one"
  compute 2
  ask "What does B get?"
  send B "two"
end
process B
  recv from A
  recv from A
end
`;

describe('mermaidRanges', () => {
  it('offers the whole run alone at the start and at the end', () => {
    const trace = run('rpc');
    const n = trace.events.length;
    for (const at of [0, n]) {
      const { ranges, preferred } = mermaidRanges(trace.events, at);
      expect(preferred).toBe('whole');
      expect(ranges).toEqual([{ kind: 'whole', from: 0, to: n }]);
    }
  });

  it('offers the run so far when paused in the middle of a run with no checkpoints', () => {
    const trace = run('rpc');
    const { ranges, preferred } = mermaidRanges(trace.events, 7);
    expect(preferred).toBe('so-far');
    expect(ranges.map((r) => r.kind)).toEqual(['whole', 'so-far']);
    expect(ranges[1]).toEqual({ kind: 'so-far', from: 0, to: 7 });
  });

  it('prefers the part between the checkpoints around the playhead', () => {
    const trace = runSource(TWO_QUESTIONS);
    const ends = checkpointsOf(trace.events).map((c) => c.end);
    expect(ends.length).toBeGreaterThanOrEqual(2);
    const [first, second] = ends as [number, number];
    // Paused on the first question: from the start up to it.
    expect(mermaidRanges(trace.events, first).ranges).toContainEqual({
      kind: 'checkpoints',
      from: 0,
      to: first,
    });
    // Just after it: from it to the next question.
    const after = mermaidRanges(trace.events, first + 1);
    expect(after.preferred).toBe('checkpoints');
    expect(after.ranges).toContainEqual({ kind: 'checkpoints', from: first, to: second });
    // After the last one: from it to the end.
    const last = ends[ends.length - 1]!;
    const tail = mermaidRanges(trace.events, last + 1).ranges.find((r) => r.kind === 'checkpoints');
    expect(tail).toEqual({ kind: 'checkpoints', from: last, to: trace.events.length });
  });

  it('draws exactly the events of each range, and Mermaid parses it', async () => {
    const trace = run('barrier');
    for (const at of [0, 5, 20, trace.events.length]) {
      for (const range of mermaidRanges(trace.events, at).ranges) {
        const source = toMermaid(trace, range);
        await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'sequence' });
        const sends = trace.events.slice(range.from, range.to).filter((e) => e.type === 'msg.send');
        expect(source.match(/^ {2}\S+?(->>|-->>|-x|--x|-\))\S+: /gm) ?? []).toHaveLength(sends.length);
      }
    }
  });
});

describe('clampRange', () => {
  it('keeps the positions whole, within the run and in order', () => {
    expect(clampRange(10, 3, 7)).toEqual({ from: 3, to: 7 });
    expect(clampRange(10, 7, 3)).toEqual({ from: 3, to: 7 });
    expect(clampRange(10, -4, 99)).toEqual({ from: 0, to: 10 });
    expect(clampRange(10, 2.6, Number.NaN)).toEqual({ from: 3, to: 10 });
  });
});
