import { describe, expect, it } from 'vitest';
import { builtin } from '../../scenarios/all';
import { createAppStore } from '../../store';
import { builtinSide, openBuiltinCompare, sideTitle } from './sides';

describe('built-in scenarios as compare sides', () => {
  it('a built-in side is keyed by its id, carries its text and is titled in the language asked for', async () => {
    expect(await builtinSide('both-ways-rpc', 'en')).toEqual({
      key: 'both-ways-rpc',
      source: builtin('both-ways-rpc')!.source,
      title: 'Both ways (1/2): four jobs by synchronous RPC',
    });
    expect((await builtinSide('barrier-crash', 'ko'))?.title).toBe('워커가 죽은 배리어: 모두가 기다린다');
    expect(await builtinSide('no-such-scenario', 'en')).toBeNull();
  });

  it('opens a pair in the store, or nothing when an id is unknown', async () => {
    const store = createAppStore(null, ['ko']);
    expect(await openBuiltinCompare('barrier-crash', 'nope', store)).toBe(false);
    expect(store.getState().compare).toBeNull();
    expect(await openBuiltinCompare('barrier-crash', 'barrier-timeout', store)).toBe(true);
    const [a, b] = store.getState().compare!;
    expect([a.key, b.key]).toEqual(['barrier-crash', 'barrier-timeout']);
    expect(a.title).toBe('워커가 죽은 배리어: 모두가 기다린다');
    expect(b.source).toBe(builtin('barrier-timeout')!.source);
  });

  it('an unchanged built-in follows the language; an edited one or a branch keeps its given title', async () => {
    const side = (await builtinSide('barrier-crash', 'ko'))!;
    expect(sideTitle(side, 'en')).toBe('Barrier with a crashed worker: everyone waits');
    expect(sideTitle(side, 'ko')).toBe('워커가 죽은 배리어: 모두가 기다린다');
    const edited = { ...side, source: `${side.source}\n# edited\n`, title: 'Mine' };
    expect(sideTitle(edited, 'en')).toBe('Mine');
    expect(sideTitle({ key: 'branch-3', title: 'Reply lost at t=5', source: side.source }, 'ko')).toBe(
      'Reply lost at t=5',
    );
  });
});
