// Plays the trace: virtual time glides at `speed` between instants, and the events of one instant
// are applied one after another with a short pause, so the class can follow them.

import { appStore } from '../store';
import { clock } from './clock';
import { pause } from './commands';

/** Virtual ticks per second at 1×. */
export const TICKS_PER_SECOND = 1.5;
/** Seconds between two events of the same instant at 1× (shorter when an instant is crowded). */
const EVENT_PAUSE = 0.35;

function eventsLeftAt(events: readonly { t: number }[], from: number, t: number): number {
  let k = from;
  while (k < events.length && k - from < 1000 && events[k]!.t === t) k++;
  return k - from;
}

/** Starts the animation loop; returns a function that stops it. */
export function startPlayer(): () => void {
  let last = performance.now();
  let waited = 0;
  let raf = requestAnimationFrame(function frame(now) {
    const dt = Math.min(0.1, (now - last) / 1000);
    last = now;
    const s = appStore.getState();
    const events = s.trace?.events;
    if (s.playing && events) {
      const next = events[s.index];
      if (!next) pause();
      else if (next.t <= clock.get()) {
        waited += dt * s.speed;
        const pauseFor = Math.min(EVENT_PAUSE, 2 / eventsLeftAt(events, s.index, next.t));
        if (waited >= pauseFor || s.index === 0) {
          waited = 0;
          s.setIndex(s.index + 1);
        }
      } else {
        waited = EVENT_PAUSE; // the first event of an instant shows as soon as time reaches it
        clock.set(Math.min(next.t, clock.get() + dt * s.speed * TICKS_PER_SECOND));
      }
    }
    raf = requestAnimationFrame(frame);
  });
  return () => cancelAnimationFrame(raf);
}
