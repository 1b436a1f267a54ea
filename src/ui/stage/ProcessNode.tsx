import { motion, useTransform } from 'motion/react';
import type { ProcessView } from '../../playback/world';
import { clock } from '../clock';
import { progressAt } from './geometry';
import type { Point } from './layout';

interface Props {
  view: ProcessView;
  at: Point;
  w: number;
  h: number;
  /** What the node says under its name: "computing", "waiting for reply from Server", … */
  caption: string;
  /** "W2" when a Web Worker runs it. */
  worker: string;
  selected: boolean;
  dimmed: boolean;
  onSelect(): void;
  selectLabel: string;
}

const ICON: Record<ProcessView['status'], string> = {
  ready: '▷',
  running: '▶',
  computing: '⚙',
  blocked: '⏸',
  done: '✓',
  error: '✗',
};

/** One process: its name, its state at a glance (icon, border, fill) and why it waits. */
export function ProcessNode({
  view,
  at,
  w,
  h,
  caption,
  worker,
  selected,
  dimmed,
  onSelect,
  selectLabel,
}: Props) {
  const compact = w < 100;
  const compute = view.compute;
  const barWidth = useTransform(clock, (t) =>
    compute ? Math.max(0, (w - 12) * progressAt(t, compute.start, compute.start + compute.duration)) : 0,
  );
  return (
    <g
      className={`process status-${view.status}${selected ? ' selected' : ''}${dimmed ? ' dimmed' : ''}`}
      transform={`translate(${at.x - w / 2},${at.y - h / 2})`}
      data-process={view.name}
      data-status={view.status}
      role="button"
      tabIndex={0}
      aria-label={`${selectLabel}: ${caption}`}
      aria-pressed={selected}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          onSelect();
        }
      }}
    >
      <rect className="process-box" width={w} height={h} rx={compact ? 6 : 10} />
      {view.status === 'blocked' && (
        <rect className="process-hatch" width={w} height={h} rx={compact ? 6 : 10} />
      )}
      <text className="process-icon" x={compact ? 4 : 8} y={compact ? h / 2 + 4 : 22} aria-hidden="true">
        {ICON[view.status]}
      </text>
      <text className="process-name" x={w / 2} y={compact ? h / 2 + 4 : 24} textAnchor="middle">
        {view.name}
      </text>
      {!compact && (
        <>
          <text className="process-caption" x={w / 2} y={44} textAnchor="middle">
            {caption.length > 30 ? `${caption.slice(0, 29)}…` : caption}
          </text>
          <text className="process-meta" x={8} y={h - 8}>
            {worker}
            {view.line !== null ? ` · L${view.line}` : ''}
          </text>
          {view.mailbox.length > 0 && (
            <g className="mailbox" transform={`translate(${w - 8},${h - 12})`}>
              {view.mailbox.slice(0, 5).map((id, k) => (
                <rect key={id} x={-10 - k * 9} y={-4} width={7} height={9} rx={1.5} />
              ))}
              <text x={-14 - Math.min(5, view.mailbox.length) * 9} y={4} textAnchor="end">
                ✉{view.mailbox.length}
              </text>
            </g>
          )}
        </>
      )}
      {compute && (
        <motion.rect className="compute-bar" x={6} y={h - 5} height={3} style={{ width: barWidth }} />
      )}
    </g>
  );
}
