import type { BarrierView } from '../../playback/world';
import { GATE_SIZE, type Point } from './layout';
import { wrapText } from './wrap';

interface Props {
  view: BarrierView;
  at: Point;
  /** Every process whose program arrives at this barrier, in declaration order. */
  members: readonly string[];
  /** Processes whose program has ended: at an empty gate they are not "missing", they are gone. */
  finished: ReadonlySet<string>;
  /** True at the instant the gate opened (the last release is the current instant). */
  open: boolean;
  labels: { barrier: string; waiting: string; missing: string; released: string };
}

const { w: GATE_W, h: GATE_H } = GATE_SIZE;

/** A barrier as a gate: `k/N` arrived, who waits, who is missing; it opens for all at once. */
export function BarrierGate({ view, at, members, finished, open, labels }: Props) {
  const arrived = new Set(view.arrived);
  const missing = members.filter((m) => !arrived.has(m) && !(arrived.size === 0 && finished.has(m)));
  const shown = open ? view.lastReleased.length : view.arrived.length;
  const swing = open ? 40 : 0;
  const fit = (text: string, lines: number) => wrapText(text, Math.floor((GATE_W - 16) / 6.4), lines);
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
      {/* Two gate leaves: shut side by side, swung apart the moment the barrier opens. */}
      <rect
        className="gate-bar"
        x={GATE_W / 2 - 12}
        y={30}
        width={8}
        height={36}
        rx={2}
        style={{ transform: `translateX(${-swing}px)` }}
      />
      <rect
        className="gate-bar"
        x={GATE_W / 2 + 4}
        y={30}
        width={8}
        height={36}
        rx={2}
        style={{ transform: `translateX(${swing}px)` }}
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
      <title>{`${labels.waiting}: ${view.arrived.join(', ') || '—'}\n${labels.missing}: ${missing.join(', ') || '—'}`}</title>
      {open ? (
        <text className="barrier-line released" x={10} y={82}>
          {fit(`${labels.released}: ${list(view.lastReleased)}`, 2).map((line, k) => (
            <tspan key={k} x={10} dy={k === 0 ? 0 : 16}>
              {line}
            </tspan>
          ))}
        </text>
      ) : (
        <>
          <text className="barrier-line waiting" x={10} y={84} data-testid={`barrier-waiting-${view.name}`}>
            {fit(`${labels.waiting}: ${list(view.arrived) || '—'}`, 1)[0]}
          </text>
          <text className="barrier-line missing" x={10} y={102} data-testid={`barrier-missing-${view.name}`}>
            {fit(`${labels.missing}: ${list(missing) || '—'}`, 1)[0]}
          </text>
        </>
      )}
    </g>
  );
}
