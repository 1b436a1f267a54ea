import { useEffect, useState } from 'react';
import { clock } from './clock';

/** The playhead's virtual time as React state, updated at most once per animation frame. */
export function useClockTime(): number {
  const [t, setT] = useState(clock.get());
  useEffect(() => {
    let raf = 0;
    const unsubscribe = clock.on('change', () => {
      if (raf) return;
      raf = requestAnimationFrame(() => {
        raf = 0;
        setT(clock.get());
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
    };
  }, []);
  return t;
}
