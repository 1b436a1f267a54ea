// The user's "reduce motion" setting, live: the player and the stage stop gliding while it is on.

import { useSyncExternalStore } from 'react';

const media =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : null;

/** True while the user asks for reduced motion. */
export function prefersReducedMotion(): boolean {
  return media?.matches ?? false;
}

function subscribe(onChange: () => void): () => void {
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** `prefersReducedMotion()` as React state: components re-render when the setting changes. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
