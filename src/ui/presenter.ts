// Presenter mode: for a projector. The page goes full screen (where the browser allows it), the
// type grows with the screen, the editor and side panels step aside, and the process the teacher
// clicks is spotlit. Leaving full screen (Esc) leaves presenter mode too.

import { useEffect } from 'react';
import { appStore, useApp } from '../store';

function fullscreenElement(): Element | null {
  return typeof document === 'undefined' ? null : document.fullscreenElement;
}

export function enterPresenter(): void {
  appStore.getState().setPresenter(true);
  // Full screen needs a user gesture and may be refused (an iframe, a kiosk); the mode works without it.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leavePresenter(): void {
  appStore.getState().setPresenter(false);
  if (fullscreenElement()) document.exitFullscreen?.().catch(() => undefined);
}

export function togglePresenter(): void {
  if (appStore.getState().presenter) leavePresenter();
  else enterPresenter();
}

/** Keeps the page's root in step with presenter mode, and leaves the mode when full screen ends. */
export function usePresenter(): boolean {
  const presenter = useApp((s) => s.presenter);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter);
    if (!presenter) return;
    let wasFull = fullscreenElement() !== null;
    const onChange = () => {
      const full = fullscreenElement() !== null;
      if (wasFull && !full) appStore.getState().setPresenter(false);
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenter]);
  return presenter;
}
