import { describe, expect, it } from 'vitest';
import { type Exercise } from '../../scenarios/exercises';
import { EXERCISES } from '../../scenarios/all';
import { createAppStore } from '../../store';
import { canStartOver, startOver } from './commands';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const START = `title en "Finish the call"
process Client
  call Server "ping"
end
process Server
  recv
end
goal outcome completed
`;

const EXERCISE: Exercise = {
  id: 'finish-the-call',
  source: START,
  solution: START.replace('  recv\n', '  recv\n  reply "pong"\n'),
  hints: { en: ['The server must answer.'], ko: ['서버가 답해야 합니다.'] },
};

describe('startOver', () => {
  it("puts back the starting text and keeps the student's edited text as a draft", async () => {
    const store = createAppStore(memoryStorage(), ['en']);
    store.getState().open(START, { kind: 'link' });
    expect(canStartOver(store.getState().source, EXERCISE)).toBe(false);
    store.getState().edit(EXERCISE.solution);
    const { origin } = store.getState();
    expect(origin.kind).toBe('draft');
    expect(canStartOver(store.getState().source, EXERCISE)).toBe(true);

    await startOver(store, EXERCISE);
    const after = store.getState();
    expect(after.source).toBe(START);
    expect(after.change).toBe('open');
    expect(after.drafts.some((d) => d.text === EXERCISE.solution)).toBe(true);

    // Editing the starting text again makes a new draft; the first one is still there.
    store.getState().edit(`${START}\n`);
    expect(store.getState().drafts.map((d) => d.text)).toEqual([`${START}\n`, EXERCISE.solution]);
  });
});

describe('startOver for an exercise of the library', () => {
  it('opens its starting text as the exercise itself, named in the menu', async () => {
    const exercise = EXERCISES[0]!;
    const store = createAppStore(memoryStorage(), ['en']);
    await store.getState().loadBuiltin(`exercise/${exercise.id}`);
    expect(store.getState().source).toBe(exercise.source);
    store.getState().edit(exercise.solution);
    await startOver(store, exercise);
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: `exercise/${exercise.id}` });
    expect(store.getState().source).toBe(exercise.source);
    expect(store.getState().drafts[0]?.text).toBe(exercise.solution);
  });
});
