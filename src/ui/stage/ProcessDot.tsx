import { memo } from 'react';
import type { ProcStatus } from '../../playback/world';
import { DOT_PITCH, DOT_R } from './lod';
import type { Point } from './layout';

interface Props {
  name: string;
  status: ProcStatus;
  at: Point;
  /** "P12 · waiting for a message": the tooltip and what a screen reader says. */
  label: string;
  selected: boolean;
  onSelect(name: string): void;
}

/**
 * The shape of each state, centred on 0,0. Shape as well as colour, so a washed-out projector (or
 * a reader who cannot tell orange from blue) still tells them apart: a blocked process is a large
 * dark-orange diamond, a crashed one a dark square crossed out, a finished one a small grey dot.
 */
export function dotShape(status: ProcStatus): string {
  const r = DOT_R;
  switch (status) {
    case 'blocked': {
      const d = r * 1.45;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'crashed':
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'error':
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
    case 'done':
      return circle(r * 0.6);
    default:
      return circle(r);
  }
}

const circle = (r: number) => `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;

/**
 * One process on a crowded stage: a dot whose shape and colour say its state. Clicking it selects
 * the process (for the what-if card, the spotlight and the waits drawn from it), as a box would.
 * It leaves the Tab order: the list of who waits (StageSummary) is the keyboard's way in.
 */
export const ProcessDot = memo(function ProcessDot({ name, status, at, label, selected, onSelect }: Props) {
  return (
    <g
      className={`process dot status-${status}${selected ? ' selected' : ''}`}
      transform={`translate(${at.x},${at.y})`}
      data-process={name}
      data-status={status}
      role="button"
      tabIndex={-1}
      aria-label={label}
      aria-pressed={selected}
      onClick={(e) => {
        e.stopPropagation();
        onSelect(name);
      }}
    >
      <title>{label}</title>
      {/* The whole cell takes the click: a dot is a small target. */}
      <rect className="dot-hit" x={-DOT_PITCH / 2} y={-DOT_PITCH / 2} width={DOT_PITCH} height={DOT_PITCH} />
      {selected && <circle className="dot-ring" r={DOT_R * 1.9} />}
      <path className="dot-shape" d={dotShape(status)} />
      {status === 'crashed' && (
        <path
          className="dot-cross"
          d={`M${-DOT_R * 0.6},${-DOT_R * 0.6}L${DOT_R * 0.6},${DOT_R * 0.6}M${DOT_R * 0.6},${-DOT_R * 0.6}L${-DOT_R * 0.6},${DOT_R * 0.6}`}
        />
      )}
    </g>
  );
});
