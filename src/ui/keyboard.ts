import { useEffect } from 'react';
import { appStore } from '../store';
import { leavePresenter, togglePresenter } from './presenter';
import { faster, jumpToEnd, restart, reveal, slower, stepBack, stepForward, togglePlay } from './commands';
import { toggleHelp } from './help/commands';
import { redoWhatIf, stepBranch, undoWhatIf } from './whatif/commands';

/** What the keyboard is on: enough to tell whether a key belongs to it or to playback. */
export interface Focused {
  tag: string;
  /** An input's type. */
  type?: string;
  editable: boolean;
  /** Whether it was reached from the keyboard (it shows a focus ring), not clicked. */
  focusVisible: boolean;
}

const PRESSABLE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/**
 * Whether `key` acts on playback rather than on what has focus. Text fields, the editor and a
 * focused menu keep every key. A button, link or box reached with Tab keeps Space and Enter; one
 * that was clicked does not keep Space (a click leaves focus behind, and Space must still play).
 * A slider keeps its arrows, Home and End; Space on it plays.
 */
export function keyIsPlayback(key: string, f: Focused): boolean {
  const input = f.tag === 'INPUT';
  const pressableInput = input && PRESSABLE_INPUTS.has(f.type ?? 'text');
  if (f.editable || f.tag === 'TEXTAREA' || f.tag === 'SELECT') return false;
  if (input && f.type !== 'range' && !pressableInput) return false;
  const pressable = f.tag === 'BUTTON' || f.tag === 'A' || f.tag === 'SUMMARY' || pressableInput;
  if (pressable && (key === 'Enter' || (key === ' ' && f.focusVisible))) return false;
  const moves = key.startsWith('Arrow') || key === 'Home' || key === 'End';
  if (input && f.type === 'range' && (moves || key === 'Enter')) return false;
  return true;
}

function focusedOf(target: EventTarget | null, clicked: Element | null): Focused {
  if (!(target instanceof HTMLElement)) return { tag: '', editable: false, focusVisible: false };
  return {
    tag: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : undefined,
    editable: target.isContentEditable,
    // Not `:focus-visible`: Chrome turns it on at the very keydown we are deciding about.
    focusVisible: target !== clicked,
  };
}

/**
 * A menu (a select) has done its job once a choice is made: focus leaves it, so Space and the
 * arrows go back to playback instead of reopening or changing it. Tab still goes on from there.
 */
export function releaseFocus(el: HTMLElement): void {
  el.blur();
}

/** What each key does anywhere but in a text field (help/shortcuts.ts lists them for people). */
export const KEY_ACTIONS: Readonly<Record<string, () => void>> = {
  ' ': togglePlay,
  ArrowRight: stepForward,
  ArrowLeft: stepBack,
  Home: restart,
  End: jumpToEnd,
  '+': faster,
  '=': faster,
  '-': slower,
  _: slower,
  Enter: reveal,
  p: togglePresenter,
  P: togglePresenter,
  '?': toggleHelp,
  '[': () => stepBranch(-1),
  ']': () => stepBranch(1),
};

/** Ctrl (⌘ on a Mac) with Z, Shift+Z or Y: undo and redo what-ifs, anywhere but in a text field. */
export function undoKey(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const z = e.code === 'KeyZ' || e.key.toLowerCase() === 'z';
  const y = e.code === 'KeyY' || e.key.toLowerCase() === 'y';
  if (z) return e.shiftKey ? redoWhatIf : undoWhatIf;
  return y && !e.shiftKey ? redoWhatIf : null;
}

/** Space, ←/→, Home/End and +/− drive playback from anywhere but a text field; Esc leaves presenter mode. */
export function useKeyboard(): void {
  useEffect(() => {
    // The element the pointer last pressed, while it keeps the focus that press gave it.
    let clicked: Element | null = null;
    const onPointer = (e: PointerEvent) => {
      clicked = e.target instanceof Element ? e.target.closest('button, a, summary, input') : null;
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target !== clicked) clicked = null;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') clicked = null;
      if (e.defaultPrevented) return;
      const undo = undoKey(e);
      if (undo && keyIsPlayback('z', focusedOf(e.target, clicked))) {
        e.preventDefault();
        undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // P and the brackets work with a Korean keyboard layout too.
      const key =
        e.code === 'KeyP' ? 'p' : e.code === 'BracketLeft' ? '[' : e.code === 'BracketRight' ? ']' : e.key;
      const action =
        key === 'Escape' ? (appStore.getState().presenter ? leavePresenter : null) : KEY_ACTIONS[key];
      if (!keyIsPlayback(key, focusedOf(e.target, clicked))) return;
      if (!action) return;
      e.preventDefault();
      spaceTaken = key === ' ';
      action();
    };
    // A button presses itself when Space comes back up: not when the key went to playback.
    let spaceTaken = false;
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key !== ' ' || !spaceTaken) return;
      spaceTaken = false;
      e.preventDefault();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('focusin', onFocus);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('focusin', onFocus);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
