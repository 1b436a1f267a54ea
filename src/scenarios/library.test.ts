// The built-in scenario library: every scenario is clean, bilingual, narrated, and ends the way
// its description says. The golden traces (golden.test.ts) pin the events; this pins the promises.
import { describe, expect, it } from 'vitest';
import { check, forEachStmt, type Lang, type Scenario } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import type { OutcomeKind } from '../engine/trace';
import { BUILTINS, builtin } from './all';

/** How each built-in ends, and when. `timeInAbout`: the about (en and ko) states the time. */
const EXPECTED: Record<string, { kind: OutcomeKind; time: number; timeInAbout: boolean; cycle?: string[] }> =
  {
    rpc: { kind: 'idle', time: 15, timeInAbout: false },
    queue: { kind: 'idle', time: 16, timeInAbout: false },
    'both-ways-rpc': { kind: 'idle', time: 28, timeInAbout: true },
    'both-ways-queue': { kind: 'idle', time: 22, timeInAbout: true },
    pipe: { kind: 'completed', time: 31, timeInAbout: true },
    'pipe-capacity': { kind: 'completed', time: 38, timeInAbout: false },
    socket: { kind: 'idle', time: 33, timeInAbout: true },
    jitter: { kind: 'completed', time: 7, timeInAbout: true },
    barrier: { kind: 'completed', time: 10, timeInAbout: false },
    'barrier-cost': { kind: 'idle', time: 12, timeInAbout: false },
    'start-gate': { kind: 'completed', time: 9, timeInAbout: true },
    'openmp-for': { kind: 'completed', time: 10, timeInAbout: true },
    'pthread-phases': { kind: 'completed', time: 8, timeInAbout: true },
    mapreduce: { kind: 'completed', time: 11, timeInAbout: true },
    'ring-send': { kind: 'completed', time: 3, timeInAbout: true },
    'ring-ssend': {
      kind: 'deadlock',
      time: 1,
      timeInAbout: true,
      cycle: ['P[0]', 'P[1]', 'P[2]', 'P[3]'],
    },
    'ring-ssend-ordered': { kind: 'completed', time: 5, timeInAbout: true },
    'bcast-linear': { kind: 'completed', time: 12, timeInAbout: true },
    'bcast-tree': { kind: 'completed', time: 9, timeInAbout: true },
    'reduce-linear': { kind: 'completed', time: 17, timeInAbout: true },
    'reduce-tree': { kind: 'completed', time: 13, timeInAbout: true },
    'bcast-linear-grow': { kind: 'completed', time: 13, timeInAbout: false },
    'bcast-tree-grow': { kind: 'completed', time: 9, timeInAbout: false },
    deadlock: { kind: 'deadlock', time: 1, timeInAbout: false, cycle: ['A', 'B'] },
    'recv-race': { kind: 'completed', time: 3, timeInAbout: true },
    'fanout-rpc': { kind: 'idle', time: 18, timeInAbout: true },
    pubsub: { kind: 'idle', time: 6, timeInAbout: true },
    'work-queue': { kind: 'idle', time: 10, timeInAbout: true },
    'competing-consumers': { kind: 'idle', time: 10, timeInAbout: true },
    'rpc-lost-reply': { kind: 'deadlock', time: 7, timeInAbout: true },
    'rpc-retry': { kind: 'idle', time: 23, timeInAbout: true },
    'queue-crash': { kind: 'idle', time: 30, timeInAbout: true },
    'barrier-crash': { kind: 'deadlock', time: 4, timeInAbout: true },
    'barrier-timeout': { kind: 'completed', time: 11, timeInAbout: true },
    partition: { kind: 'idle', time: 31, timeInAbout: true },
  };

/**
 * Scenarios meant to be opened side by side: same latency, different mechanism, and (unless one
 * of them deadlocks before the work starts) the same amount of work.
 */
const PAIRS: [string, string, { sameWork: boolean }][] = [
  ['both-ways-rpc', 'both-ways-queue', { sameWork: true }],
  ['ring-send', 'ring-ssend', { sameWork: false }],
  ['fanout-rpc', 'pubsub', { sameWork: true }],
  ['barrier-crash', 'barrier-timeout', { sameWork: false }],
  ['bcast-linear', 'bcast-tree', { sameWork: true }],
  ['reduce-linear', 'reduce-tree', { sameWork: true }],
  ['bcast-linear-grow', 'bcast-tree-grow', { sameWork: true }],
];

const LANGS: Lang[] = ['en', 'ko'];

function checked(source: string): Scenario {
  const result = check(source);
  expect(result.diagnostics).toEqual([]);
  return result.scenario;
}

function notes(scenario: Scenario): { lang: Lang | null; text: string }[] {
  const found: { lang: Lang | null; text: string }[] = [];
  for (const p of scenario.processes) {
    forEachStmt(p.body, (s) => {
      if (s.kind === 'note') found.push({ lang: s.lang, text: s.text });
    });
  }
  return found;
}

/** Total `compute` ticks run, read from a trace. */
function work(scenario: Scenario): number {
  return runInProcess(scenario)
    .events.filter((e) => e.type === 'proc.compute')
    .reduce((sum, e) => sum + (e.type === 'proc.compute' ? e.duration : 0), 0);
}

describe('the built-in scenario library', () => {
  it('lists every built-in in the menu order, with an expectation for each', () => {
    expect(BUILTINS.map((b) => b.id)).toEqual(Object.keys(EXPECTED));
  });

  it.each(PAIRS)('has the pair %s / %s, with the same latency', (a, b, { sameWork }) => {
    const first = builtin(a);
    const second = builtin(b);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    const sa = checked(first!.source);
    const sb = checked(second!.source);
    expect(sa.latency.value).toBe(sb.latency.value);
    expect(sa.links).toEqual([]);
    expect(sb.links).toEqual([]);
    if (sameWork) expect(work(sa)).toBe(work(sb));
  });

  describe.each(BUILTINS.map((b) => [b.id, b.source] as const))('%s', (id, source) => {
    it('checks without any diagnostic, not even a warning', () => {
      expect(check(source).diagnostics).toEqual([]);
    });

    it('has a title and an about in English and in Korean', () => {
      const scenario = checked(source);
      for (const lang of LANGS) {
        const title = scenario.titles.find((t) => t.lang === lang);
        const about = scenario.abouts.find((t) => t.lang === lang);
        expect(title?.text.trim(), `title ${lang}`).toBeTruthy();
        expect(about?.text.trim(), `about ${lang}`).toBeTruthy();
      }
      // Korean text should be Korean, not a copy of the English.
      expect(scenario.titles.find((t) => t.lang === 'ko')!.text).toMatch(/[\uac00-\ud7a3]/);
      expect(scenario.abouts.find((t) => t.lang === 'ko')!.text).toMatch(/[\uac00-\ud7a3]/);
    });

    it('narrates in both languages, each English note followed by its Korean twin', () => {
      const found = notes(checked(source));
      expect(found.some((n) => n.lang === 'en')).toBe(true);
      expect(found.some((n) => n.lang === 'ko')).toBe(true);
      expect(found.filter((n) => n.lang === 'en').length).toBe(found.filter((n) => n.lang === 'ko').length);
      for (const n of found.filter((m) => m.lang === 'ko')) {
        expect(n.text).toMatch(/[\uac00-\ud7a3]/);
      }
    });

    it('ends the way its description says', () => {
      const expected = EXPECTED[id];
      if (!expected) throw new Error(`no expectation for ${id}: add it to EXPECTED`);
      const scenario = checked(source);
      const trace = runInProcess(scenario);
      expect(trace.events.length).toBeLessThan(300);
      expect(scenario.instances.length).toBeGreaterThanOrEqual(2);
      expect(scenario.instances.length).toBeLessThanOrEqual(8);
      expect(trace.outcome.kind).toBe(expected.kind);
      expect(trace.outcome.time).toBe(expected.time);
      if (expected.cycle) expect(trace.outcome.cycle).toEqual(expected.cycle);
      if (expected.timeInAbout) {
        for (const about of scenario.abouts) {
          expect(about.text, `about ${about.lang}`).toContain(`t=${expected.time}`);
        }
      }
    });
  });
});
