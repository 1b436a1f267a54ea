// What the page and the explorer's worker say to each other (one search per worker at a time).

import type { ExploreProgress, ExploreResult } from '../../explore';
import type { FaultSpec } from '../../lang/whatif';

export type ToExplorer =
  /** Explore this text (checked again in the worker: the AST does not cross the thread). */
  | { type: 'start'; source: string; lose: number; states: number }
  /** Stop at the next slice and answer with what was found so far. */
  | { type: 'cancel' };

export type FromExplorer =
  | { type: 'progress'; progress: ExploreProgress }
  | {
      type: 'done';
      result: ExploreResult;
      progress: ExploreProgress;
      /** Per outcome (same order): the fault lines that force it in the timed run, or null. */
      whatIfs: (FaultSpec[] | null)[];
    }
  | { type: 'failed'; message: string };
