import { useEffect, useRef, useState } from 'react';

/** `value`, but while `throttle` is on it changes at most every `ms` milliseconds (the last value always lands). */
export function useThrottled<T>(value: T, ms: number, throttle: boolean): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = throttle ? last.current + ms - performance.now() : 0;
    const timer = setTimeout(
      () => {
        last.current = performance.now();
        setShown(value);
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [value, ms, throttle]);
  return shown;
}
