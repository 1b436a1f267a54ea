import { describe, expect, it } from 'vitest';
import { createAppStore } from './index';
import type { CompareSide } from './view';

const original: CompareSide = {
  key: 'rpc',
  title: 'Original',
  source: 'process C\n  call S\nend\nprocess S\n  recv\n  reply\nend\n',
};
const lost: CompareSide = {
  key: 'branch-3',
  title: 'Reply lost at t=5',
  source: `lose S C from 5\n${original.source}`,
};

describe('the compare view in the store', () => {
  it('opens on any two scenario texts and closes again', () => {
    const store = createAppStore(null, []);
    expect(store.getState().compare).toBeNull();
    store.getState().openCompare(original, lost);
    expect(store.getState().compare).toEqual([original, lost]);
    store.getState().closeCompare();
    expect(store.getState().compare).toBeNull();
  });

  it('keeps the sides as given, in order, and leaves the scenario on the stage alone', () => {
    const store = createAppStore(null, []);
    const onStage = store.getState().source;
    store.getState().openCompare(lost, original);
    const [a, b] = store.getState().compare!;
    expect(a).toEqual({ key: 'branch-3', title: 'Reply lost at t=5', source: lost.source });
    expect(b.key).toBe('rpc');
    expect(store.getState().source).toBe(onStage);
    // A second compare replaces the first.
    store.getState().openCompare(original, original);
    expect(store.getState().compare).toEqual([original, original]);
  });
});
