import { memo, useMemo, type KeyboardEvent } from 'react';
import type { Trace } from '../../engine/trace';
import type { CutWindow } from '../../playback/cuts';
import { pickWire } from '../commands';
import { along } from './geometry';
import type { Point } from './layout';

interface Props {
  trace: Trace;
  endpoints(a: string, b: string): { from: Point; to: Point } | null;
  /** The cuts in force at the playhead (SPEC §6): those wires are drawn severed. */
  cuts: readonly CutWindow[];
  /** The picked wire (names in either order), or null. */
  picked: { a: string; b: string } | null;
  /** Wires take the keyboard focus only when there are few of them. */
  focusable: boolean;
  wireLabel(a: string, b: string): string;
  cutLabel(from: number, to: number): string;
}

/** Most wires drawn. */
const MAX_WIRES = 64;
/** Half the gap left in the middle of a cut wire, in stage units. */
const GAP = 16;
/** How far the scissors stand off the wire, in stage units. */
const SCISSORS_OFF = 24;

const key = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * Lines between every pair that exchanges a message somewhere in the run: solid and dark enough
 * for a washed-out projector. Each is a button (a wide invisible stroke takes the click) that
 * picks the wire for a what-if; a wire cut at the playhead is drawn red and broken, with scissors.
 */
export const Wires = memo(function Wires({
  trace,
  endpoints,
  cuts,
  picked,
  focusable,
  wireLabel,
  cutLabel,
}: Props) {
  const pairs = useMemo(() => {
    const seen = new Map<string, [string, string]>();
    for (const e of trace.events) {
      if (e.type !== 'msg.send') continue;
      const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
      seen.set(key(a, b), [a, b]);
    }
    // Past a few dozen pairs the wires are a hairball that hides more than it shows.
    return seen.size > MAX_WIRES ? new Map<string, [string, string]>() : seen;
  }, [trace]);
  const cutBy = new Map(cuts.map((c) => [key(c.a, c.b), c]));
  // A cut wire is drawn while cut even if no message ever crosses it.
  const all = new Map(pairs);
  for (const c of cuts) all.set(key(c.a, c.b), [c.a, c.b]);
  const pickedKey = picked ? (picked.a < picked.b ? key(picked.a, picked.b) : key(picked.b, picked.a)) : null;
  return (
    <g className="wires">
      {[...all].map(([k, [a, b]]) => {
        const ends = endpoints(a, b);
        if (!ends) return null;
        const cut = cutBy.get(k) ?? null;
        const label = cut ? `${wireLabel(a, b)} (${cutLabel(cut.from, cut.to)})` : wireLabel(a, b);
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          e.stopPropagation();
          pickWire(a, b);
        };
        return (
          <g
            key={k}
            className={`wire${cut ? ' cut' : ''}${pickedKey === k ? ' picked' : ''}`}
            role="button"
            tabIndex={focusable ? 0 : -1}
            aria-label={label}
            aria-pressed={pickedKey === k}
            data-testid={`wire-${a}-${b}`}
            data-cut={cut ? 'true' : 'false'}
            onClick={() => pickWire(a, b)}
            onKeyDown={onKey}
          >
            <title>{label}</title>
            <line className="wire-hit" x1={ends.from.x} y1={ends.from.y} x2={ends.to.x} y2={ends.to.y} />
            {cut ? <CutLine from={ends.from} to={ends.to} /> : <Line from={ends.from} to={ends.to} />}
          </g>
        );
      })}
    </g>
  );
});

function Line({ from, to }: { from: Point; to: Point }) {
  return <line className="wire-line" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />;
}

/** Two dashed halves with a gap between them, and scissors beside the gap. */
function CutLine({ from, to }: { from: Point; to: Point }) {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const half = Math.max(0, 0.5 - GAP / len);
  const a = along(from, to, half);
  const b = along(from, to, 1 - half);
  // The scissors stand beside the gap, not in it: a message lost there is marked on the wire itself.
  const mid = along(from, to, 0.5, -SCISSORS_OFF);
  return (
    <>
      <line className="wire-line" x1={from.x} y1={from.y} x2={a.x} y2={a.y} />
      <line className="wire-line" x1={b.x} y1={b.y} x2={to.x} y2={to.y} />
      <g
        className="wire-scissors"
        transform={`translate(${mid.x - 12},${mid.y - 12})`}
        data-testid="cut-mark"
      >
        <circle cx="12" cy="12" r="13" className="wire-scissors-disc" />
        <g fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="7" cy="17" r="3" />
          <circle cx="17" cy="17" r="3" />
          <path d="M9 15L17 5M15 15L7 5" />
        </g>
      </g>
    </>
  );
}
