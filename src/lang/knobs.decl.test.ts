import { describe, expect, it } from 'vitest';
import { check, type Scenario } from './index';
import { applyKnob, type KnobChange } from './knobs';

const scen = (src: string): Scenario => check(src).scenario;
const apply = (src: string, change: KnobChange): string => applyKnob(src, scen(src), change);
const errors = (src: string) => check(src).diagnostics.filter((d) => d.severity === 'error');

const SRC = `# A pipe and a gate.
title "Decl"
link Writer pipe latency 3   # slow wire
queue pipe capacity 2
barrier gate
process Writer
  publish pipe "x"
  barrier gate
end
process Reader
  consume pipe
  barrier gate
end
`;

describe('applyKnob on declaration lines', () => {
  it('rewrites a link latency, named in either order, and only its number', () => {
    expect(apply(SRC, { kind: 'link', a: 'Writer', b: 'pipe', value: 12 })).toBe(
      SRC.replace('latency 3', 'latency 12'),
    );
    expect(apply(SRC, { kind: 'link', a: 'pipe', b: 'Writer', value: 0 })).toBe(
      SRC.replace('latency 3', 'latency 0'),
    );
    expect(scen(apply(SRC, { kind: 'link', a: 'pipe', b: 'Writer', value: 7 })).links[0]?.latency).toBe(7);
  });

  it('rewrites a declared capacity, and adds one to a declaration without', () => {
    const out = apply(SRC, { kind: 'capacity', queue: 'pipe', value: 9 });
    expect(out).toBe(SRC.replace('capacity 2', 'capacity 9'));
    const bare = 'queue q   # the queue\nprocess A\n  publish q\nend\nprocess B\n  consume q\nend\n';
    const added = apply(bare, { kind: 'capacity', queue: 'q', value: 4 });
    expect(added).toBe(bare.replace('queue q', 'queue q capacity 4'));
    expect(scen(added).queues[0]?.capacity).toBe(4);
  });

  it('adds parties to a barrier declared without, and rewrites them when written', () => {
    const out = apply(SRC, { kind: 'parties', barrier: 'gate', value: 3 });
    expect(out).toBe(SRC.replace('barrier gate\nprocess', 'barrier gate parties 3\nprocess'));
    expect(scen(out).barriers[0]).toMatchObject({ parties: 3, partiesDeclared: true });
    expect(apply(out, { kind: 'parties', barrier: 'gate', value: 1 })).toBe(
      SRC.replace('barrier gate\nprocess', 'barrier gate parties 1\nprocess'),
    );
  });

  it('declares a queue or barrier that was only used, after the settings', () => {
    const used = 'latency 2\nprocess A\n  barrier b\n  publish q\nend\n';
    expect(apply(used, { kind: 'parties', barrier: 'b', value: 2 })).toBe(
      'latency 2\nbarrier b parties 2\nprocess A\n  barrier b\n  publish q\nend\n',
    );
    const q = apply(used, { kind: 'capacity', queue: 'q', value: 5 });
    expect(q).toBe('latency 2\nqueue q capacity 5\nprocess A\n  barrier b\n  publish q\nend\n');
    expect(errors(q)).toEqual([]);
  });

  it('keeps CRLF line endings', () => {
    const crlf = SRC.replace(/\n/g, '\r\n');
    expect(apply(crlf, { kind: 'capacity', queue: 'pipe', value: 1 })).toBe(
      crlf.replace('capacity 2', 'capacity 1'),
    );
  });

  it('refuses bad values and names it does not know', () => {
    expect(() => apply(SRC, { kind: 'capacity', queue: 'pipe', value: 0 })).toThrow(RangeError);
    expect(() => apply(SRC, { kind: 'parties', barrier: 'gate', value: 1.5 })).toThrow(RangeError);
    expect(() => apply(SRC, { kind: 'link', a: 'Writer', b: 'pipe', value: -1 })).toThrow(RangeError);
    expect(() => apply(SRC, { kind: 'link', a: 'Writer', b: 'Reader', value: 1 })).toThrow(
      'There is no link between Writer and Reader.',
    );
    expect(() => apply(SRC, { kind: 'capacity', queue: 'gate', value: 1 })).toThrow(
      'There is no queue named gate.',
    );
    expect(() => apply(SRC, { kind: 'parties', barrier: 'nope', value: 1 })).toThrow(
      'There is no barrier named nope.',
    );
  });

  it('rechecks when handed a stale scenario', () => {
    const stale = scen(SRC);
    const moved = `# one more line\n${SRC}`;
    expect(applyKnob(moved, stale, { kind: 'capacity', queue: 'pipe', value: 7 })).toBe(
      moved.replace('capacity 2', 'capacity 7'),
    );
    expect(applyKnob(moved, stale, { kind: 'link', a: 'Writer', b: 'pipe', value: 5 })).toBe(
      moved.replace('latency 3', 'latency 5'),
    );
  });
});
