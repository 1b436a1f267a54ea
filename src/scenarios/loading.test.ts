// The library on demand: every id and title is known without loading a text (the titles come
// from the files at build time, through build/scenarioTitles.ts), and a text loads when asked.
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { BUILTINS, EXERCISES } from './all';
import {
  BUILTIN_LIST,
  builtinTitles,
  DEFAULT_SCENARIO_ID,
  EXERCISE_PREFIX,
  fetchBuiltin,
  isBuiltin,
  loadedBuiltin,
} from './index';
import { EXERCISE_IDS, exerciseIdFor, exerciseTitles, loadedExercise, loadExercise } from './exercises';

describe('built-in scenarios loaded on demand', () => {
  it('knows every built-in, in menu order, with the titles its file has in every language', () => {
    expect(BUILTIN_LIST.map((b) => b.id)).toEqual(BUILTINS.map((b) => b.id));
    expect(BUILTIN_LIST.length).toBeGreaterThan(30);
    for (const b of BUILTINS) {
      const titles = check(b.source).scenario.titles.map(({ lang, text }) => ({ lang, text }));
      expect(builtinTitles(b.id), b.id).toEqual(titles);
      expect(titles.map((t) => t.lang).sort(), b.id).toEqual(['en', 'ko']);
    }
  });

  it('knows every exercise by the titles of its starting text', () => {
    expect(EXERCISE_IDS).toEqual(EXERCISES.map((e) => e.id));
    for (const e of EXERCISES) {
      const { titles } = check(e.source).scenario;
      expect(exerciseTitles(e.id), e.id).toEqual(titles.map(({ lang, text }) => ({ lang, text })));
      expect(builtinTitles(`${EXERCISE_PREFIX}${e.id}`)).toEqual(exerciseTitles(e.id));
      // Found by any one of its titles, as an edited copy keeps them.
      for (const t of titles) expect(exerciseIdFor({ titles: [t] }), t.text).toBe(e.id);
    }
    expect(exerciseIdFor(check(BUILTINS[0]!.source).scenario)).toBeUndefined();
  });

  it('has the default scenario at hand, and loads any other when asked, the same text as its file', async () => {
    expect(loadedBuiltin(DEFAULT_SCENARIO_ID)?.source).toBe(
      BUILTINS.find((b) => b.id === DEFAULT_SCENARIO_ID)!.source,
    );
    const pipe = BUILTINS.find((b) => b.id === 'pipe')!;
    expect(loadedBuiltin('pipe')).toBeUndefined();
    expect(await fetchBuiltin('pipe')).toEqual(pipe);
    expect(loadedBuiltin('pipe')).toEqual(pipe);
  });

  it('loads an exercise whole (text, solution, hints) under its exercise id', async () => {
    const balance = EXERCISES.find((e) => e.id === 'balance')!;
    expect(await fetchBuiltin(`${EXERCISE_PREFIX}balance`)).toEqual({
      id: `${EXERCISE_PREFIX}balance`,
      source: balance.source,
    });
    expect(loadedExercise('balance')).toEqual(balance);
    expect(await loadExercise('balance')).toBe(loadedExercise('balance'));
  });

  it('answers an unknown id with nothing, at once and after loading', async () => {
    for (const id of ['no-such', 'exercise/no-such', 'exercise/', '', '../index', 'rpc.rdv', 'balance']) {
      expect(isBuiltin(id), id).toBe(false);
      expect(builtinTitles(id), id).toBeUndefined();
      expect(await fetchBuiltin(id), id).toBeUndefined();
    }
    expect(await loadExercise('no-such')).toBeUndefined();
  });
});
