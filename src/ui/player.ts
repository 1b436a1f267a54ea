// Plays the trace: virtual time glides at `speed` between instants, and the events of one instant
// are applied one after another with a short pause, so the class can follow them. Under reduced
// motion time does not glide: it waits, then jumps from one instant to the next.

import { appStore } from '../store';
import { checkpointAt, stopBefore } from '../playback';
import { clock } from './clock';
import { pause } from './commands';
import { prefersReducedMotion } from './reducedMotion';

/** Virtual ticks per second at 1×. */
export const TICKS_PER_SECOND = 1.5;
/** Seconds between two events of the same instant at 1× (shorter when an instant is crowded). */
const EVENT_PAUSE = 0.35;
/** Under reduced motion, seconds at 1× before time jumps to the next instant (it never glides). */
const STEP_PAUSE = 0.8;
/** A frame longer than this (seconds) missed the display's refresh. */
const SLOW_FRAME = 0.025;

function eventsLeftAt(events: readonly { t: number }[], from: number, t: number): number {
  let k = from;
  while (k < events.length && k - from < 1000 && events[k]!.t === t) k++;
  return k - from;
}

/** Starts the animation loop; returns a function that stops it. */
export function startPlayer(): () => void {
  let last = performance.now();
  let waited = 0;
  let pauseFor = EVENT_PAUSE;
  let instant = NaN;
  let rested = false;
  let still = 0;
  let raf = requestAnimationFrame(function frame(now) {
    const dt = Math.min(0.1, (now - last) / 1000);
    last = now;
    const s = appStore.getState();
    const events = s.trace?.events;
    if (!s.playing) instant = NaN; // pacing starts afresh at the next Play
    if (s.playing && events) {
      const next = events[s.index];
      if (!next) pause();
      else if (next.t <= clock.get()) {
        const left = eventsLeftAt(events, s.index, next.t);
        // The first event of an instant shows at once; a crowded instant (hundreds of
        // processes) then plays in about two seconds at 1×.
        const first = instant !== next.t;
        if (first) {
          instant = next.t;
          pauseFor = Math.min(EVENT_PAUSE, 2 / left);
        }
        waited = first ? 0 : waited + dt * s.speed;
        // After a slow frame (a big stage), take a breather: the events wait for the next frame
        // and are applied together, so motion stays smooth while the event rate is kept.
        const breather = !first && dt > SLOW_FRAME && !rested;
        rested = breather;
        const due = breather ? 0 : first ? 1 : Math.min(left, Math.floor(waited / pauseFor));
        if (due > 0) {
          waited -= due * pauseFor;
          // An `ask` checkpoint stops the play so the class can predict what comes next.
          const to = stopBefore(events, s.index, s.index + due);
          s.setIndex(to);
          if (checkpointAt(events, to)) pause();
        }
      } else if (prefersReducedMotion()) {
        still += dt * s.speed;
        if (still >= STEP_PAUSE) {
          still = 0;
          clock.set(next.t);
        }
      } else {
        clock.set(Math.min(next.t, clock.get() + dt * s.speed * TICKS_PER_SECOND));
      }
    }
    raf = requestAnimationFrame(frame);
  });
  return () => cancelAnimationFrame(raf);
}
