// Every exercise is a real puzzle: its starting text runs but misses a goal, its reference
// solution meets them all, and both speak English and Korean.
import { describe, expect, it } from 'vitest';
import { check, type Lang } from '../../lang';
import { runSource } from '../../runtime/inprocess';
import { allMet, evaluateGoals } from '../../playback/goals';
import { BUILTINS } from '../all';
import { EXERCISES, exerciseFor } from '../all';

const LANGS: Lang[] = ['en', 'ko'];
const HANGUL = /[\uac00-\ud7a3]/;

const files = import.meta.glob('./*.rdv', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

function goalsOf(source: string, lang: Lang) {
  const checked = check(source);
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return evaluateGoals(checked.scenario, runSource(source), lang);
}

function expectBilingual(source: string): void {
  const { scenario } = check(source);
  for (const lang of LANGS) {
    expect(scenario.titles.find((t) => t.lang === lang)?.text.trim(), `title ${lang}`).toBeTruthy();
    expect(scenario.abouts.find((t) => t.lang === lang)?.text.trim(), `about ${lang}`).toBeTruthy();
  }
  expect(scenario.titles.find((t) => t.lang === 'ko')!.text).toMatch(HANGUL);
  expect(scenario.abouts.find((t) => t.lang === 'ko')!.text).toMatch(HANGUL);
  expect(scenario.goals.length).toBeGreaterThan(0);
  for (const goal of scenario.goals) {
    for (const lang of LANGS) {
      expect(
        goal.texts.find((t) => t.lang === lang)?.text.trim(),
        `goal line ${goal.span.line} ${lang}`,
      ).toBeTruthy();
    }
    expect(goal.texts.find((t) => t.lang === 'ko')!.text).toMatch(HANGUL);
  }
}

describe('the exercises', () => {
  it('has at least twelve, every file in the folder among them', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(12);
    const ids = Object.keys(files)
      .filter((f) => !f.endsWith('.solution.rdv'))
      .map((f) => f.replace(/^\.\/(.*)\.rdv$/, '$1'));
    expect(EXERCISES.map((e) => e.id).sort()).toEqual(ids.sort());
  });

  it('has titles unique across exercises and built-ins, in every language', () => {
    const seen = new Set<string>();
    const all = [...EXERCISES.map((e) => e.source), ...BUILTINS.map((b) => b.source)];
    for (const source of all) {
      for (const t of check(source).scenario.titles) {
        expect(seen.has(t.text), t.text).toBe(false);
        seen.add(t.text);
      }
    }
  });

  it.each(BUILTINS.map((b) => [b.id, b.source] as const))(
    'finds no exercise for the built-in %s',
    (_, source) => {
      expect(exerciseFor(check(source).scenario)).toBeUndefined();
    },
  );

  describe.each(EXERCISES.map((e) => [e.id, e] as const))('%s', (_, exercise) => {
    it('starts from a text that runs and misses at least one goal, in both languages', () => {
      for (const lang of LANGS) {
        const results = goalsOf(exercise.source, lang);
        expect(allMet(results)).toBe(false);
      }
    });

    it('has a solution that meets every goal, with no diagnostic at all', () => {
      expect(check(exercise.solution).diagnostics).toEqual([]);
      const results = goalsOf(exercise.solution, 'en');
      expect(results.filter((r) => !r.met)).toEqual([]);
      expect(allMet(results)).toBe(true);
    });

    it('has the same titles, abouts and goals in the start and the solution', () => {
      const start = check(exercise.source).scenario;
      const solved = check(exercise.solution).scenario;
      expect(solved.titles).toEqual(start.titles);
      expect(solved.abouts.map((a) => a.text)).toEqual(start.abouts.map((a) => a.text));
      expect(solved.goals.map((g) => g.texts)).toEqual(start.goals.map((g) => g.texts));
    });

    it('speaks English and Korean: titles, abouts, every goal, and hints', () => {
      expectBilingual(exercise.source);
      expectBilingual(exercise.solution);
      expect(exercise.hints.en.length).toBeGreaterThanOrEqual(1);
      expect(exercise.hints.ko.length).toBe(exercise.hints.en.length);
      for (const hint of exercise.hints.ko) expect(hint).toMatch(HANGUL);
    });

    it('is found from its starting text and from its solution', () => {
      expect(exerciseFor(check(exercise.source).scenario)).toBe(exercise);
      expect(exerciseFor(check(exercise.solution).scenario)).toBe(exercise);
    });
  });
});
