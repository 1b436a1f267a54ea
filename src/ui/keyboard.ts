import { useEffect } from 'react';
import { appStore } from '../store';
import { leavePresenter, togglePresenter } from './presenter';
import { faster, jumpToEnd, restart, reveal, slower, stepBack, stepForward, togglePlay } from './commands';
import { toggleHelp } from './help/commands';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return (
    target.isContentEditable ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' && (target as HTMLInputElement).type !== 'range')
  );
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
};

/** Space, ←/→, Home/End and +/− drive playback from anywhere but a text field; Esc leaves presenter mode. */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
      const tag = e.target instanceof HTMLElement ? e.target.tagName : '';
      const key = e.code === 'KeyP' ? 'p' : e.key; // P works with a Korean keyboard layout too
      const action =
        key === 'Escape' ? (appStore.getState().presenter ? leavePresenter : null) : KEY_ACTIONS[key];
      // A focused button or link handles Space and Enter itself; a slider also its arrows and Home/End.
      // Arrows on a button still step, so a teacher never has to move focus to go on.
      const activates = key === ' ' || key === 'Enter';
      const moves = key.startsWith('Arrow') || key === 'Home' || key === 'End';
      const pressable = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
      if ((pressable && activates) || (tag === 'INPUT' && (activates || moves))) return;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
