import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './index';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 8;

/** Something other than a process picked on the stage: a message in flight or a wire between two ends. */
export type Pick = { kind: 'message'; id: number } | { kind: 'wire'; a: string; b: string };

export interface PlaybackSlice {
  /** How many events of the trace have been applied (0 … events.length). */
  index: number;
  playing: boolean;
  speed: number;
  /** The process the user picked on the stage or in the menu. */
  selected: string | null;
  /** The message or wire the user picked on the stage (for a what-if), or null. */
  picked: Pick | null;
  /** The checkpoint (its end position) whose answer the class has seen, or null. */
  revealed: number | null;
  /** The revealed answer was put away (the card's ×) until the next reveal. */
  answerHidden: boolean;
  setIndex(index: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  select(process: string | null): void;
  /** Picks a message or a wire (and unselects the process), or clears the pick. */
  pick(picked: Pick | null): void;
  setRevealed(end: number | null): void;
  hideAnswer(): void;
}

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  index: 0,
  playing: false,
  speed: 1,
  selected: null,
  picked: null,
  revealed: null,
  answerHidden: false,
  setIndex(index) {
    set({ index });
  },
  setPlaying(playing) {
    set({ playing });
  },
  setSpeed(speed) {
    set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) });
  },
  select(selected) {
    set(selected === null ? { selected } : { selected, picked: null });
  },
  pick(picked) {
    set(picked === null ? { picked } : { picked, selected: null });
  },
  setRevealed(revealed) {
    set({ revealed, answerHidden: false });
  },
  hideAnswer() {
    set({ answerHidden: true });
  },
});
