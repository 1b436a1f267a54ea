// The world at the playhead, for the few parts of the page that draw it. The page itself does not
// follow the playhead: a part that reads the world here re-renders on each step, the rest do not.

import type { Playback } from '../playback';
import type { World } from '../playback/world';
import { useApp } from '../store';

let last: { playback: Playback; index: number; world: World } | null = null;

/** The world after `index` events of `playback`; the parts that ask in the same step share one. */
export function worldAt(playback: Playback, index: number): World {
  if (last?.playback === playback && last.index === index) return last.world;
  const world = playback.stateAt(index);
  last = { playback, index, world };
  return world;
}

/** The world at the playhead, or null before the first run. */
export function useWorld(): World | null {
  const playback = useApp((st) => st.playback);
  const index = useApp((st) => st.index);
  return playback ? worldAt(playback, index) : null;
}
