import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from './help/shortcuts';
import { KEY_ACTIONS } from './keyboard';

describe('the keyboard', () => {
  it('does exactly what the help lists, no key more or less', () => {
    const listed = new Set(SHORTCUTS.flatMap((s) => s.keys));
    const handled = new Set([...Object.keys(KEY_ACTIONS), 'Escape']);
    expect([...handled].sort()).toEqual([...listed].sort());
  });
});
