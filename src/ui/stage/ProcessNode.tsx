import { memo } from 'react';
import { motion, useTransform } from 'motion/react';
import type { ProcessView } from '../../playback/world';
import { clock } from '../clock';
import { progressAt } from './geometry';
import type { Point } from './layout';
import { wrapText } from './wrap';

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
export const ProcessNode = memo(function ProcessNode({
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
  // Medium nodes (many processes) keep a one-line caption and drop the worker and line badge.
  const roomy = h >= 70;
  const compute = view.compute;
  const barWidth = useTransform(clock, (t) =>
    compute ? Math.max(0, (w - 12) * progressAt(t, compute.start, compute.start + compute.duration)) : 0,
  );
  return (
    <g
      className={`process status-${view.status}${compact ? ' compact' : ''}${selected ? ' selected' : ''}${dimmed ? ' dimmed' : ''}`}
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
      <title>{`${view.name} · ${caption} · ${worker}`}</title>
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
          <text className="process-caption" x={w / 2} y={42} textAnchor="middle">
            {wrapText(caption, Math.floor((w - 14) / 6.9), roomy ? 2 : 1).map((line, k) => (
              <tspan key={k} x={w / 2} dy={k === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
          </text>
          {roomy && (
            <text className="process-meta" x={8} y={h - 8}>
              {worker}
              {view.line !== null ? ` · L${view.line}` : ''}
            </text>
          )}
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
}, sameNode);

/** Whether a node would draw the same: its own record and its other props (the click handler aside). */
function sameNode(a: Props, b: Props): boolean {
  const va = a.view;
  const vb = b.view;
  return (
    a.at === b.at &&
    a.w === b.w &&
    a.h === b.h &&
    a.caption === b.caption &&
    a.worker === b.worker &&
    a.selected === b.selected &&
    a.dimmed === b.dimmed &&
    a.selectLabel === b.selectLabel &&
    va.name === vb.name &&
    va.status === vb.status &&
    va.line === vb.line &&
    va.mailbox.length === vb.mailbox.length &&
    va.compute?.start === vb.compute?.start &&
    va.compute?.duration === vb.compute?.duration
  );
}
