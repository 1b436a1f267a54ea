// The Course's data: chapters (a)–(h) in the order, each with words in both languages,
// and every step naming a built-in scenario or an exercise that exists.
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { COURSE, STEPS, stepIndex, stepKey } from './course';
import { pairOf } from './index';
import { builtin } from './all';
import { EXERCISES } from './all';

const HANGUL = /[\uac00-\ud7a3]/;

describe('the Course', () => {
  it('has the chapters a to h, in that order, the last one the summary alone', () => {
    expect(COURSE.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(COURSE.at(-1)!.steps.map((s) => s.kind)).toEqual(['summary']);
    expect(STEPS.filter((s) => s.step.kind === 'summary')).toHaveLength(1);
  });

  it.each(COURSE.map((c) => [c.id, c] as const))(
    'chapter %s has a title and an intro in English and Korean',
    (_, c) => {
      for (const words of [c.title, c.intro]) {
        expect(words.en.trim()).not.toBe('');
        expect(words.ko).toMatch(HANGUL);
        expect(words.ko).not.toBe(words.en);
      }
      // A short sequence: a student sits through it in one go.
      expect(c.steps.length).toBeGreaterThanOrEqual(1);
      expect(c.steps.length).toBeLessThanOrEqual(9);
      for (const step of c.steps) {
        expect(step.line.en.trim()).not.toBe('');
        expect(step.line.ko).toMatch(HANGUL);
        // One line: a sentence or two, not a page.
        expect(step.line.en.length).toBeLessThan(140);
      }
    },
  );

  it('names only built-ins and exercises that exist, each step once', () => {
    for (const { step } of STEPS) {
      if (step.kind === 'scenario') expect(builtin(step.id), step.id).toBeDefined();
      if (step.kind === 'exercise') expect(EXERCISES.map((e) => e.id)).toContain(step.id);
    }
    const keys = STEPS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('mixes scenarios with exercises, and takes in every exercise', () => {
    const exercises = STEPS.filter((s) => s.step.kind === 'exercise').map((s) => s.step.id);
    expect([...exercises].sort()).toEqual(EXERCISES.map((e) => e.id).sort());
    for (const c of COURSE.slice(0, -1)) {
      expect(
        c.steps.some((s) => s.kind === 'scenario'),
        c.id,
      ).toBe(true);
    }
  });

  it('takes the new built-ins the path needs: jitter, the collectives, OpenMP, pthreads, the work queue', () => {
    const scenarios = STEPS.filter((s) => s.step.kind === 'scenario').map((s) => s.step.id);
    for (const id of [
      'jitter',
      'bcast-linear',
      'reduce-linear',
      'openmp-for',
      'pthread-phases',
      'work-queue',
    ]) {
      expect(scenarios).toContain(id);
    }
    // Linear and tree are one step: the scenario's Compare button opens its twin.
    expect(pairOf('reduce-linear')).toEqual(['reduce-linear', 'reduce-tree']);
  });

  it('puts every built-in it names in a chapter whose scenario checks cleanly', () => {
    for (const { step } of STEPS.filter((s) => s.step.kind === 'scenario')) {
      expect(check(builtin(step.id)!.source).diagnostics).toEqual([]);
    }
  });

  it('finds a step by its key', () => {
    expect(stepKey({ kind: 'exercise', id: 'balance' })).toBe('exercise:balance');
    expect(stepIndex(STEPS[0]!.key)).toBe(0);
    expect(stepIndex('scenario:nowhere')).toBe(-1);
    expect(stepIndex(null)).toBe(-1);
    // A scenario and an exercise may share an id; their keys differ.
    expect(stepIndex('scenario:partition')).not.toBe(stepIndex('exercise:partition'));
  });
});
