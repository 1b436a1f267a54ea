// The stage's symbols as small inline SVGs: they draw the same on every machine, with no emoji or
// symbol font needed. Each icon is drawn on a 24×24 grid in `currentColor`.

import type { ReactNode } from 'react';
import type { ProcStatus } from '../../playback/world';

export type IconName = ProcStatus | 'mailbox' | 'queue' | 'barrier' | 'zoomIn' | 'zoomOut' | 'fit';

/** A gear: eight teeth round a ring, with a hole (even-odd fill). */
function gearPath(): string {
  const points: string[] = [];
  const teeth = 8;
  for (let k = 0; k < teeth * 4; k++) {
    const angle = (Math.PI * 2 * k) / (teeth * 4) - Math.PI / 2;
    const r = k % 4 === 0 || k % 4 === 1 ? 11 : 8;
    points.push(`${(12 + r * Math.cos(angle)).toFixed(2)},${(12 + r * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join('L')}ZM12,8.5a3.5,3.5 0 1,0 0.01,0Z`;
}

const GEAR = gearPath();

const SHAPES: Record<IconName, ReactNode> = {
  ready: (
    <path
      d="M7 4.5L19 12L7 19.5Z"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.4"
      strokeLinejoin="round"
    />
  ),
  running: (
    <path
      d="M6 4L20 12L6 20Z"
      fill="currentColor"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinejoin="round"
    />
  ),
  computing: <path d={GEAR} fill="currentColor" fillRule="evenodd" />,
  // A power symbol, switched off: the process is down (SPEC §6).
  crashed: (
    <g fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round">
      <path d="M7.5 6.5A8 8 0 1 0 16.5 6.5" />
      <path d="M12 3V12" />
    </g>
  ),
  // An hourglass: waiting, and unlike the Pause button's two bars.
  blocked: (
    <g fill="currentColor" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M5 3H19M5 21H19" fill="none" />
      <path d="M7 4H17L12 12Z M12 12L17 20H7Z" strokeWidth="1.2" strokeLinejoin="round" />
    </g>
  ),
  done: (
    <path
      d="M4 12.5L9.5 18L20 6.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="3.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  error: (
    <path
      d="M5.5 5.5L18.5 18.5M18.5 5.5L5.5 18.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="3.2"
      strokeLinecap="round"
    />
  ),
  mailbox: (
    <g fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round">
      <rect x="2.5" y="5.5" width="19" height="13" rx="1.5" />
      <path d="M3 6.5L12 13L21 6.5" />
    </g>
  ),
  // A queue: a tray of three slots with an arrow showing which way it drains.
  queue: (
    <g fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round">
      <rect x="2" y="9" width="20" height="10" rx="1.5" />
      <path d="M8.7 9V19M15.3 9V19" />
      <path d="M19 5.5H5M8 3L5 5.5L8 8" strokeLinecap="round" />
    </g>
  ),
  // A barrier: a boom across the way on its post, so it cannot be taken for a Pause sign.
  barrier: (
    <g fill="currentColor">
      <rect x="2" y="4" width="4" height="17" rx="1" />
      <path d="M6 9H22V14H6Z" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M9 9H13L11 14H7Z M16 9H20L18 14H14Z" />
    </g>
  ),
  zoomIn: (
    <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5L21 21M7.5 10.5H13.5M10.5 7.5V13.5" />
    </g>
  ),
  zoomOut: (
    <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5L21 21M7.5 10.5H13.5" />
    </g>
  ),
  // Four corners: back to the automatic size.
  fit: (
    <path
      d="M3 9V3H9M15 3H21V9M21 15V21H15M9 21H3V15"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.4"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
};

interface Props {
  name: IconName;
  /** Top-left corner and size, in the units of the SVG it sits in. */
  x?: number;
  y?: number;
  size: number;
  className?: string;
}

/** An icon, to place inside an SVG (the stage) or, without x/y, inline in HTML. */
export function Icon({ name, x, y, size, className }: Props) {
  return (
    <svg
      x={x}
      y={y}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      className={className ? `icon ${className}` : 'icon'}
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]}
    </svg>
  );
}
