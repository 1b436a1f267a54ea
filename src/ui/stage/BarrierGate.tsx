import { motion, useReducedMotion } from 'motion/react';
import type { BarrierView } from '../../playback/world';
import { GATE_SIZE, type Point } from './layout';

interface Props {
  view: BarrierView;
  at: Point;
  /** Every process whose program arrives at this barrier, in declaration order. */
  members: readonly string[];
  /** True at the instant the gate opened (the last release is the current instant). */
  open: boolean;
  labels: { barrier: string; waiting: string; missing: string; released: string };
}

const { w: GATE_W, h: GATE_H } = GATE_SIZE;

/** A barrier as a gate: `k/N` arrived, who waits, who is missing; it opens for all at once. */
export function BarrierGate({ view, at, members, open, labels }: Props) {
  const reduce = useReducedMotion();
  const arrived = new Set(view.arrived);
  const missing = members.filter((m) => !arrived.has(m));
  const shown = open ? view.lastReleased.length : view.arrived.length;
  const swing = open ? 26 : 0;
  const transition = reduce ? { duration: 0 } : { type: 'spring' as const, stiffness: 180, damping: 18 };
  const list = (names: readonly string[]) =>
    names.length > 4 ? `${names.slice(0, 3).join(', ')} +${names.length - 3}` : names.join(', ');
  return (
    <g
      className={`barrier${open ? ' open' : ''}`}
      transform={`translate(${at.x - GATE_W / 2},${at.y - GATE_H / 2})`}
      data-barrier={view.name}
      data-arrived={view.arrived.length}
      data-parties={view.parties}
      role="group"
      aria-label={`${labels.barrier} ${view.name}: ${shown}/${view.parties}`}
    >
      <rect className="barrier-box" width={GATE_W} height={GATE_H} rx={10} />
      <text className="barrier-title" x={10} y={20}>
        ⛩ {view.name}
      </text>
      <text
        className="barrier-count"
        x={GATE_W - 12}
        y={22}
        textAnchor="end"
        data-testid={`barrier-count-${view.name}`}
      >
        {shown}/{view.parties}
      </text>
      <motion.rect
        className="gate-bar"
        y={30}
        width={8}
        height={36}
        rx={2}
        initial={false}
        animate={{ x: GATE_W / 2 - 12 - swing }}
        transition={transition}
      />
      <motion.rect
        className="gate-bar"
        y={30}
        width={8}
        height={36}
        rx={2}
        initial={false}
        animate={{ x: GATE_W / 2 + 4 + swing }}
        transition={transition}
      />
      {Array.from({ length: Math.min(view.parties, 16) }, (_, k) => (
        <circle
          key={k}
          className={k < shown ? 'slot filled' : 'slot'}
          cx={12 + (k % 8) * 9}
          cy={k < 8 ? 40 : 52}
          r={3.5}
        />
      ))}
      {open ? (
        <text className="barrier-line released" x={10} y={86}>
          {labels.released}: {list(view.lastReleased)}
        </text>
      ) : (
        <>
          <text className="barrier-line waiting" x={10} y={84} data-testid={`barrier-waiting-${view.name}`}>
            {labels.waiting}: {list(view.arrived) || '—'}
          </text>
          <text className="barrier-line missing" x={10} y={102} data-testid={`barrier-missing-${view.name}`}>
            {labels.missing}: {list(missing) || '—'}
          </text>
        </>
      )}
    </g>
  );
}
