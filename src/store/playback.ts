import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './index';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 8;

export interface PlaybackSlice {
  /** How many events of the trace have been applied (0 … events.length). */
  index: number;
  playing: boolean;
  speed: number;
  /** The process the user picked on the stage or in the menu. */
  selected: string | null;
  /** The checkpoint (its end position) whose answer the class has seen, or null. */
  revealed: number | null;
  /** The revealed answer was put away (the card's ×) until the next reveal. */
  answerHidden: boolean;
  setIndex(index: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  select(process: string | null): void;
  setRevealed(end: number | null): void;
  hideAnswer(): void;
}

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  index: 0,
  playing: false,
  speed: 1,
  selected: null,
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
    set({ selected });
  },
  setRevealed(revealed) {
    set({ revealed, answerHidden: false });
  },
  hideAnswer() {
    set({ answerHidden: true });
  },
});
