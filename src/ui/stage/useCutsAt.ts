import { useEffect, useState } from 'react';
import { cutsAt, type CutWindow } from '../../playback/cuts';
import { clock } from '../clock';

const keyOf = (cuts: readonly CutWindow[]) => cuts.map((c) => `${c.a}|${c.b}|${c.from}|${c.to}`).join(';');

/**
 * The cuts in force at the playhead's time, as React state that changes only when the set does:
 * a cut starts and ends between events too, while the clock glides.
 */
export function useCutsAt(windows: readonly CutWindow[]): readonly CutWindow[] {
  const [cuts, setCuts] = useState<{ windows: readonly CutWindow[]; key: string; list: CutWindow[] }>(() => {
    const list = cutsAt(windows, clock.get());
    return { windows, key: keyOf(list), list };
  });
  useEffect(() => {
    if (windows.length === 0) return undefined;
    const update = (t: number) => {
      const list = cutsAt(windows, t);
      const key = keyOf(list);
      setCuts((old) => (old.windows === windows && old.key === key ? old : { windows, key, list }));
    };
    update(clock.get());
    return clock.on('change', update);
  }, [windows]);
  return cuts.windows === windows ? cuts.list : NO_CUTS;
}

const NO_CUTS: readonly CutWindow[] = Object.freeze([]);
