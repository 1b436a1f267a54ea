// Whether the sweep panel is open, and on which tab. Tiny and loaded with the first screen, so the
// button can open the panel, whose code (and uPlot) loads only then.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type SweepTab = 'sweep' | 'seeds';

interface SweepOpen {
  tab: SweepTab | null;
}

export const sweepOpenStore = createStore<SweepOpen>()(() => ({ tab: null }));

/** Opens the panel on `tab`. */
export function openSweep(tab: SweepTab = 'sweep'): void {
  sweepOpenStore.setState({ tab });
}

export function closeSweep(): void {
  sweepOpenStore.setState({ tab: null });
}

/** The open tab, or null while the panel is closed. */
export function useSweepTab(): SweepTab | null {
  return useStore(sweepOpenStore, (s) => s.tab);
}
