import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './index';

/** The parts of the help panel: the concept guide, the language reference, the keyboard. */
export type HelpTab = 'guide' | 'reference' | 'keys';

export interface HelpView {
  tab: HelpTab;
  /** A heading's id to scroll to (a diagnostic's code, for instance), or null for the top. */
  anchor: string | null;
}

/** One half of the compare view: a scenario text to run, and what to call it. */
export interface CompareSide {
  /** What the half is headed with (for a built-in, the view shows its title in the current language). */
  title: string;
  source: string;
  /** Stable and unique in the view: a built-in's id, or `branch-3`; names the half for tests. */
  key: string;
}

export interface ViewSlice {
  /** The two scenario texts shown side by side on one clock, or null for the main view. */
  compare: readonly [CompareSide, CompareSide] | null;
  openCompare(a: CompareSide, b: CompareSide): void;
  closeCompare(): void;
  /** The help panel, or null when it is closed. */
  help: HelpView | null;
  openHelp(tab?: HelpTab, anchor?: string | null): void;
  closeHelp(): void;
  /** Presenter mode: the stage and controls large, the editor hidden; the selected process is spotlit. */
  presenter: boolean;
  setPresenter(on: boolean): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  compare: null,
  openCompare(a, b) {
    set({ compare: [a, b] });
  },
  closeCompare() {
    set({ compare: null });
  },
  help: null,
  openHelp(tab = 'reference', anchor = null) {
    set({ help: { tab, anchor } });
  },
  closeHelp() {
    set({ help: null });
  },
  presenter: false,
  setPresenter(presenter) {
    set({ presenter });
  },
});
