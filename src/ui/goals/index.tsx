// The goals' places in the app: the theatre's line and the side panel. Their code (verdicts,
// sentences in both languages, hints) is needed only for a scenario with goals, so it loads with
// the first one; the page waits for it before drawing when it starts on one, and fetches it when
// idle otherwise, so an exercise opened later shows its goals with its text.

import { useEffect, useState } from 'react';
import { useApp } from '../../store';
import type * as PartsModule from './parts';

type Parts = typeof PartsModule;

let parts: Parts | null = null;
let loading: Promise<Parts> | null = null;

function loadParts(): Promise<Parts> {
  loading ??= import('./parts').then(
    (m) => (parts = m),
    (error: unknown) => {
      loading = null; // a later scenario with goals tries again
      throw error;
    },
  );
  return loading;
}

function warn(error: unknown) {
  console.warn('Rendezvous: could not load the goals', error);
}

/** Loads the goals before the page is drawn when the scenario it starts on has some. */
export async function preloadGoals(hasGoals: boolean): Promise<void> {
  if (hasGoals) await loadParts().catch(warn);
}

/** Fetches the goals' code when the page has nothing else to do. */
export function prefetchGoals(): void {
  const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 1000));
  later(() => void loadParts().catch(warn));
}

function useParts(): Parts | null {
  const hasGoals = useApp((st) => st.checked.scenario.goals.length > 0);
  const [loaded, setLoaded] = useState<Parts | null>(parts);
  useEffect(() => {
    if (hasGoals && !loaded) loadParts().then(setLoaded, warn);
  }, [hasGoals, loaded]);
  return hasGoals ? loaded : null;
}

/** The theatre's line about the goals, for a scenario with goals. */
export function GoalsLine() {
  const loaded = useParts();
  return loaded && <loaded.GoalsLine />;
}

/** The side panel of the goals, for a scenario with goals. */
export function GoalsPanel() {
  const loaded = useParts();
  return loaded && <loaded.GoalsPanel />;
}
