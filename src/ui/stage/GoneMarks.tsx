import { useLayoutEffect, useRef } from 'react';
import type { GoneView } from '../../playback/world';
import { clock } from '../clock';
import { useReducedMotion } from '../reducedMotion';
import { KIND_STYLE, shapePath } from './kinds';
import type { Point } from './layout';
import { TEXT } from './sizes';

/** A message that just vanished, where it vanished: at its receiver's end of the wire. */
export interface GoneMark {
  gone: GoneView;
  at: Point;
  label: string;
  /** The word on the mark: "lost", "too late". */
  word: string;
}

/** The burst's radius, in glyph radii. */
export const BURST = 1.9;

/** Ticks a mark stays on the stage after the loss, fading out (at 1× about 1.7 s). */
export const LINGER = 2.5;

/** The messages of `list` that vanished at most LINGER ticks before `t` (all of them at `t` under reduced motion). */
export function recentGone(list: readonly GoneView[], t: number, still: boolean): GoneView[] {
  const out: GoneView[] = [];
  for (let k = list.length - 1; k >= 0; k--) {
    const g = list[k]!;
    if (g.at < t - LINGER) break;
    if (g.at <= t && (!still || g.at === t)) out.push(g);
  }
  return out.reverse();
}

/**
 * Where a message vanished: its glyph, greyed, at the receiver's end of the wire with a red burst
 * and the word "lost" (amber and "too late" for an answer dropped late), fading out over a couple
 * of ticks as the playhead moves on. Under reduced motion the marks of the current instant stand still.
 */
export function GoneMarks({ marks, size }: { marks: readonly GoneMark[]; size: number }) {
  const layer = useRef<SVGGElement>(null);
  const current = useRef(marks);
  const still = useReducedMotion();
  useLayoutEffect(() => {
    current.current = marks;
    if (still) return undefined;
    const fade = (t: number) => {
      const nodes = layer.current?.children;
      if (!nodes) return;
      for (let k = 0; k < nodes.length && k < current.current.length; k++) {
        const since = t - current.current[k]!.gone.at;
        const opacity = since < 0 ? 0 : Math.max(0, 1 - since / LINGER);
        (nodes[k] as SVGGElement).style.opacity = opacity.toFixed(3);
      }
    };
    fade(clock.get());
    return clock.on('change', fade);
  }, [marks, still]);
  return (
    <g ref={layer} className="gone-marks" aria-hidden="true">
      {marks.map(({ gone, at, label, word }) => (
        <g
          key={`${gone.why === 'late' ? 'drop' : 'lost'}-${gone.id}`}
          className={`gone-mark ${gone.why === 'late' ? 'late' : 'lost'}`}
          transform={`translate(${at.x.toFixed(1)},${at.y.toFixed(1)})`}
          data-testid={`gone-${gone.id}`}
          data-why={gone.why}
        >
          <title>{label}</title>
          <path className="gone-burst" d={burstPath(size * BURST, size * 1.3, 10)} />
          <path
            className="gone-glyph"
            d={shapePath(KIND_STYLE[gone.kind].shape, size)}
            fill={KIND_STYLE[gone.kind].color}
          />
          <path
            className="gone-cross"
            d={`M${-size},${-size}L${size},${size}M${size},${-size}L${-size},${size}`}
          />
          <text className="gone-word" y={size * BURST + TEXT.label} textAnchor="middle" fontSize={TEXT.label}>
            {word}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A star-shaped burst of `points` spikes between radii `outer` and `inner`. */
function burstPath(outer: number, inner: number, points: number): string {
  const out: string[] = [];
  for (let k = 0; k < points * 2; k++) {
    const r = k % 2 === 0 ? outer : inner;
    const a = (Math.PI * k) / points - Math.PI / 2;
    out.push(`${(r * Math.cos(a)).toFixed(1)},${(r * Math.sin(a)).toFixed(1)}`);
  }
  return `M${out.join('L')}Z`;
}
