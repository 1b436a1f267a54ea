import { memo, useMemo } from 'react';
import type { Trace } from '../../engine/trace';
import type { Point } from './layout';

interface Props {
  trace: Trace;
  endpoints(a: string, b: string): { from: Point; to: Point } | null;
}

/** Most wires drawn. */
const MAX_WIRES = 64;

/** Lines between every pair that exchanges a message somewhere in the run: solid and dark enough for a washed-out projector. */
export const Wires = memo(function Wires({ trace, endpoints }: Props) {
  const pairs = useMemo(() => {
    const seen = new Map<string, [string, string]>();
    for (const e of trace.events) {
      if (e.type !== 'msg.send') continue;
      const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
      seen.set(`${a}\u0000${b}`, [a, b]);
    }
    // Past a few dozen pairs the wires are a hairball that hides more than it shows.
    return seen.size > MAX_WIRES ? [] : [...seen.values()];
  }, [trace]);
  return (
    <g className="wires" aria-hidden="true">
      {pairs.map(([a, b]) => {
        const ends = endpoints(a, b);
        return ends ? (
          <line key={`${a}-${b}`} x1={ends.from.x} y1={ends.from.y} x2={ends.to.x} y2={ends.to.y} />
        ) : null;
      })}
    </g>
  );
});
