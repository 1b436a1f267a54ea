import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from './help/shortcuts';
import { KEY_ACTIONS, keyIsPlayback, undoKey } from './keyboard';
import { redoWhatIf, undoWhatIf } from './whatif/commands';

describe('the keyboard', () => {
  it('does exactly what the help lists, no key more or less', () => {
    const listed = new Set(SHORTCUTS.flatMap((s) => s.keys));
    const handled = new Set([...Object.keys(KEY_ACTIONS), 'Escape']);
    expect([...handled].sort()).toEqual([...listed].sort());
  });
});

describe('which keys act on playback', () => {
  const body = { tag: 'BODY', editable: false, focusVisible: false };
  const clicked = { tag: 'BUTTON', editable: false, focusVisible: false };
  const tabbed = { tag: 'BUTTON', editable: false, focusVisible: true };
  const slider = { tag: 'INPUT', type: 'range', editable: false, focusVisible: false };

  it('plays and steps from anywhere neutral', () => {
    for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter', 'p'])
      expect(keyIsPlayback(key, body)).toBe(true);
  });

  it('leaves every key to the editor, a text field and a focused menu', () => {
    const editor = { tag: 'DIV', editable: true, focusVisible: true };
    const field = { tag: 'INPUT', type: 'text', editable: false, focusVisible: true };
    const menu = { tag: 'SELECT', editable: false, focusVisible: true };
    const area = { tag: 'TEXTAREA', editable: false, focusVisible: true };
    for (const f of [editor, field, menu, area])
      for (const key of [' ', 'ArrowRight', 'Home', 'End', 'p']) expect(keyIsPlayback(key, f)).toBe(false);
  });

  it('lets a button reached with Tab take Space and Enter, and a clicked one only Enter', () => {
    expect(keyIsPlayback(' ', tabbed)).toBe(false);
    expect(keyIsPlayback('Enter', tabbed)).toBe(false);
    expect(keyIsPlayback(' ', clicked)).toBe(true);
    expect(keyIsPlayback('Enter', clicked)).toBe(false);
    // The arrows step wherever a button is.
    expect(keyIsPlayback('ArrowRight', tabbed)).toBe(true);
    expect(keyIsPlayback('End', clicked)).toBe(true);
  });

  it('lets a slider keep its arrows, Home and End, and plays on Space', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End'])
      expect(keyIsPlayback(key, slider)).toBe(false);
    expect(keyIsPlayback(' ', slider)).toBe(true);
    expect(keyIsPlayback(' ', { ...slider, focusVisible: true })).toBe(true);
  });
});

describe('undo and redo of what-ifs', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => ({
    key: k,
    code: `Key${k.toUpperCase()}`,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('takes Ctrl or ⌘ with Z, Shift+Z and Y, and nothing else', () => {
    expect(undoKey(key('z', { ctrlKey: true }))).toBe(undoWhatIf);
    expect(undoKey(key('z', { metaKey: true }))).toBe(undoWhatIf);
    expect(undoKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(redoWhatIf);
    expect(undoKey(key('y', { ctrlKey: true }))).toBe(redoWhatIf);
    expect(undoKey(key('z'))).toBeNull();
    expect(undoKey(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    // A Korean layout sends ㅋ for the Z key: the key's position still counts.
    expect(undoKey({ ...key('z', { ctrlKey: true }), key: 'ㅋ' })).toBe(undoWhatIf);
  });
});
