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

/** Space, ←/→, Home/End and +/− drive playback from anywhere but a text field. */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
      const tag = e.target instanceof HTMLElement ? e.target.tagName : '';
      const actions: Record<string, () => void> = {
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
        ...(appStore.getState().presenter ? { Escape: leavePresenter } : {}),
        '?': toggleHelp,
      };
      // A focused button or link handles Space and Enter itself; a slider also its arrows and Home/End.
      // Arrows on a button still step, so a teacher never has to move focus to go on.
      const activates = e.key === ' ' || e.key === 'Enter';
      const moves = e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End';
      const pressable = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
      if ((pressable && activates) || (tag === 'INPUT' && (activates || moves))) return;
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
