import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './index';

export interface ViewSlice {
  /** The two built-in scenarios shown side by side, or null for the main view. */
  compare: readonly [string, string] | null;
  openCompare(a: string, b: string): void;
  closeCompare(): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  compare: null,
  openCompare(a, b) {
    set({ compare: [a, b] });
  },
  closeCompare() {
    set({ compare: null });
  },
});
