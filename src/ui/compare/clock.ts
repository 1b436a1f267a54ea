import { useEffect, useState } from 'react';
import { prefersReducedMotion } from '../reducedMotion';

/** Ticks per second while the compare view plays. */
const RATE = 3;

/** The one clock both runs of the compare view follow: a time, and play/pause. */
export function useCompareClock(end: number) {
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let waited = 0;
    let raf = requestAnimationFrame(function frame(now) {
      const dt = (now - last) / 1000;
      last = now;
      // Under reduced motion the cursor does not glide: it jumps a whole tick at a time.
      const jump = prefersReducedMotion();
      waited += dt;
      if (jump && waited < 1 / RATE) {
        raf = requestAnimationFrame(frame);
        return;
      }
      const step = jump ? 1 : dt * RATE;
      waited = 0;
      setT((current) => {
        const next = Math.min(end, jump ? Math.floor(current) + step : current + step);
        if (next >= end) setPlaying(false);
        return next;
      });
      raf = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(raf);
  }, [playing, end]);
  return {
    t,
    playing,
    seek: (time: number) => setT(Math.max(0, Math.min(end, time))),
    toggle: () => {
      if (!playing && t >= end) setT(0);
      setPlaying(!playing);
    },
  };
}
