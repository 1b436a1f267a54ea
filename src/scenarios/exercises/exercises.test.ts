// Every exercise is a real puzzle: its starting text runs but misses a goal, its reference
// solution meets them all, and both speak English and Korean.
import { describe, expect, it } from 'vitest';
import { check, type Lang } from '../../lang';
import { runSource } from '../../runtime/inprocess';
import { allMet, evaluateGoals, lossesToExplore, type OrdersExplored } from '../../playback/goals';
import { explore } from '../../explore';
import { BUILTINS, EXERCISES, exerciseFor } from '../all';

const LANGS: Lang[] = ['en', 'ko'];
const HANGUL = /[\uac00-\ud7a3]/;

const files = import.meta.glob('./*.rdv', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** Every goal checked as the app checks it: the run, and every order for `never`/`can` (each count of losses). */
function goalsOf(source: string, lang: Lang) {
  const checked = check(source);
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const searches = new Map<number, OrdersExplored>();
  for (const lose of lossesToExplore(checked.scenario)) {
    const result = explore(checked.scenario, { lose });
    // The app's budget is far above these: the verdicts are proofs, not guesses.
    expect(result.complete).toBe(true);
    searches.set(lose, result);
  }
  return evaluateGoals(checked.scenario, runSource(source), lang, (lose) => searches.get(lose ?? 0));
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
    // Three of them are about every order the network could choose (SPEC §8).
    const orderGoals = EXERCISES.filter((e) =>
      check(e.source).scenario.goals.some((g) => g.kind === 'never' || g.kind === 'can'),
    );
    expect(orderGoals.map((e) => e.id).sort()).toEqual(['break-order', 'lose-one', 'order-free']);
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

    it('goals about every order are checked by exploring, and the starting text misses one of them', () => {
      const goals = check(exercise.source).scenario.goals;
      const orders = goals.flatMap((g, k) => (g.kind === 'never' || g.kind === 'can' ? [k] : []));
      if (orders.length === 0) return;
      const start = goalsOf(exercise.source, 'en');
      const solved = goalsOf(exercise.solution, 'en');
      for (const k of orders) {
        expect(solved[k]?.met, solved[k]?.text).toBe(true);
        expect(solved[k]?.detail).not.toContain('not been explored');
      }
      // The start misses a goal that needs every order or the choice of faults, never by accident.
      expect(start.some((r) => !r.met)).toBe(true);
    });

    it('is found from its starting text and from its solution', () => {
      expect(exerciseFor(check(exercise.source).scenario)).toBe(exercise);
      expect(exerciseFor(check(exercise.solution).scenario)).toBe(exercise);
    });
  });
});

describe('the exercises about every order', () => {
  const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;
  const verdicts = (source: string) => goalsOf(source, 'en').map((r) => r.met);

  it('deadlock-free in every order: the start completes its run but can deadlock; the fix never does', () => {
    const e = byId('order-free');
    expect(verdicts(e.source)).toEqual([false, true, true]);
    expect(goalsOf(e.source, 'en')[0]?.detail).toContain('the shortest takes 2 deliveries');
    expect(verdicts(e.solution)).toEqual([true, true, true]);
  });

  it('find the order that breaks it: met by choosing the faults, and a lost vote works too', () => {
    const e = byId('break-order');
    expect(verdicts(e.source)).toEqual([true, false, false]);
    expect(verdicts(e.solution)).toEqual([true, true, true]);
    const lost = e.source.replace('latency 1\n', 'latency 1\nlose DbA Coordinator\n');
    expect(verdicts(lost)).toEqual([true, true, true]);
  });

  it('survive one lost message: the plain call deadlocks once a message is lost; timeout and retry never do', () => {
    const e = byId('lose-one');
    expect(lossesToExplore(check(e.source).scenario)).toEqual([1]);
    expect(verdicts(e.source)).toEqual([false, true, true]);
    expect(verdicts(e.solution)).toEqual([true, true, true]);
    // A timeout alone already keeps every order from waiting for ever; the retry gets the answer.
    const once = e.solution.replace('repeat 3', 'repeat 1');
    expect(verdicts(once)[0]).toBe(true);
  });
});
