import { describe, expect, it } from 'vitest';
import { STEPS } from '../../scenarios/course';
import { EXERCISES } from '../../scenarios/all';
import { createAppStore } from '../../store';
import { createCourseStore } from '../../store/course';
import type { KeyValueStore } from '../../store/drafts';
import { createSolvedStore } from '../../store/solved';
import { isDone, onScreen, openStep, stepAway, stepTitle } from './commands';

function memory(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function setup() {
  const storage = memory();
  return { app: createAppStore(storage as Storage, ['en']), course: createCourseStore(storage) };
}

const balance = EXERCISES.find((e) => e.id === 'balance')!;

describe('moving through the Course', () => {
  it('opens a scenario step as its built-in, and an exercise as its starting text', async () => {
    const { app, course } = setup();
    await openStep(app, course, 'scenario:pipe');
    expect(app.getState().origin).toEqual({ kind: 'builtin', id: 'pipe' });
    expect(course.get()).toMatchObject({ place: 'scenario:pipe', following: true });
    await openStep(app, course, 'exercise:balance');
    expect(app.getState().origin).toEqual({ kind: 'builtin', id: 'exercise/balance' });
    expect(app.getState().source).toBe(balance.source);
  });

  it('reopens the student’s own text of an exercise when they come back to it', async () => {
    const { app, course } = setup();
    await openStep(app, course, 'exercise:balance');
    const mine = balance.source.replace('compute', 'compute 1 +');
    app.getState().edit(mine);
    await openStep(app, course, 'scenario:barrier');
    expect(app.getState().origin).toEqual({ kind: 'builtin', id: 'barrier' });
    await openStep(app, course, 'exercise:balance');
    expect(app.getState().origin.kind).toBe('draft');
    expect(app.getState().source).toBe(mine);
    // Already on screen: opening it again changes nothing.
    await openStep(app, course, 'exercise:balance');
    expect(app.getState().source).toBe(mine);
  });

  it('shows the summary in the Course window and counts it as read', async () => {
    const { app, course } = setup();
    await openStep(app, course, 'scenario:rpc');
    await openStep(app, course, 'summary:summary');
    expect(course.view()).toBe('summary');
    expect(course.get().seen).toContain('summary:summary');
    // The scenario on screen stays.
    expect(app.getState().origin).toEqual({ kind: 'builtin', id: 'rpc' });
    await openStep(app, course, 'scenario:queue');
    expect(course.view()).toBeNull();
  });

  it('closes the compare view and the help on the way', async () => {
    const { app, course } = setup();
    app.getState().openHelp('guide');
    app.getState().openCompare({ title: 'a', source: 'x', key: 'a' }, { title: 'b', source: 'y', key: 'b' });
    await openStep(app, course, 'scenario:rpc');
    expect(app.getState().help).toBeNull();
    expect(app.getState().compare).toBeNull();
  });

  it('steps forward and back in course order, starting at the first step', () => {
    expect(stepAway(null, 1)).toBe(STEPS[0]!.key);
    expect(stepAway(null, -1)).toBeUndefined();
    expect(stepAway(STEPS[0]!.key, -1)).toBeUndefined();
    expect(stepAway(STEPS[0]!.key, 1)).toBe(STEPS[1]!.key);
    expect(stepAway(STEPS.at(-1)!.key, 1)).toBeUndefined();
  });

  it('counts an exercise done when solved, a scenario when seen', () => {
    const solved = createSolvedStore(memory());
    const exercise = { kind: 'exercise' as const, id: 'balance', line: { en: '', ko: '' } };
    const scenario = { kind: 'scenario' as const, id: 'rpc', line: { en: '', ko: '' } };
    expect(isDone(exercise, 'exercise:balance', ['exercise:balance'], solved)).toBe(false);
    solved.mark('balance');
    expect(isDone(exercise, 'exercise:balance', [], solved)).toBe(true);
    expect(isDone(scenario, 'scenario:rpc', [], solved)).toBe(false);
    expect(isDone(scenario, 'scenario:rpc', ['scenario:rpc'], solved)).toBe(true);
    expect(stepTitle(exercise, 'ko', '정리')).toBe('연습: 느린 워커의 일 나누기');
    expect(stepTitle({ ...scenario, kind: 'summary' }, 'en', 'Summary')).toBe('Summary');
    expect(onScreen(scenario, { kind: 'builtin', id: 'rpc' }, { titles: [], goals: [] })).toBe(true);
    expect(onScreen(scenario, { kind: 'draft', id: 1 }, { titles: [], goals: [] })).toBe(false);
  });
});
