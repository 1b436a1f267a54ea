import type { BarrierView } from '../../playback/world';
import { Icon } from './icons';
import type { Point } from './layout';
import { measureAt } from './measure';
import { GATE, TEXT } from './sizes';
import { fitList, truncate, wrapText } from './wrap';

interface Props {
  view: BarrierView;
  at: Point;
  /** Every process whose program arrives at this barrier, in declaration order. */
  members: readonly string[];
  /** Processes whose program has ended: at an empty gate they are not "missing", they are gone. */
  finished: ReadonlySet<string>;
  labels: {
    barrier: string;
    waiting: string;
    missing: string;
    released: string;
    open: (generation: number) => string;
  };
}

const { w: W, h: H } = GATE;
const PAD = 10;
const titleFont = measureAt(TEXT.title, true);
const countFont = measureAt(TEXT.count, true);
const lineFont = measureAt(TEXT.line);

/**
 * A barrier as a boom across the way: `k/N` arrived, who waits, who is missing. Once a generation
 * has passed and nobody waits for the next one, the boom is up and the gate says so.
 */
export function BarrierGate({ view, at, members, finished, labels }: Props) {
  const open = view.releasedAt !== null && view.arrived.length === 0;
  const arrived = new Set(view.arrived);
  const missing = members.filter((m) => !arrived.has(m) && !(arrived.size === 0 && finished.has(m)));
  const shown = open ? view.lastReleased.length : view.arrived.length;
  const count = `${shown}/${view.parties}`;
  const title = truncate(view.name, W - 2 * PAD - 26 - countFont(count) - 8, titleFont);
  const width = W - 2 * PAD;
  const passed = view.generation - 1;
  // "open · generation 0 passed", then who passed; the first may take both lines where it is long.
  const openText = wrapText(labels.open(passed), width, 2, lineFont);
  const openLines = open
    ? openText.length > 1
      ? openText
      : [...openText, fitList(labels.released, view.lastReleased, width, lineFont)]
    : [];
  const summary = open
    ? `${labels.open(passed)}. ${labels.released}: ${view.lastReleased.join(', ')}`
    : `${labels.waiting}: ${view.arrived.join(', ') || '—'}. ${labels.missing}: ${missing.join(', ') || '—'}`;
  return (
    <g
      className={`barrier${open ? ' open' : ''}`}
      transform={`translate(${at.x - W / 2},${at.y - H / 2})`}
      data-barrier={view.name}
      data-arrived={view.arrived.length}
      data-parties={view.parties}
      role="group"
      aria-label={`${labels.barrier} ${view.name}: ${count}. ${summary}`}
    >
      <title>{`${labels.barrier} ${view.name}: ${count}\n${summary}`}</title>
      <rect className="barrier-box" width={W} height={H} rx={10} />
      <Icon name="barrier" x={PAD} y={8} size={20} className="barrier-icon" />
      <text className="barrier-title" x={PAD + 26} y={25} fontSize={TEXT.title}>
        {title}
      </text>
      <text
        className="barrier-count"
        x={W - PAD}
        y={27}
        textAnchor="end"
        fontSize={TEXT.count}
        data-testid={`barrier-count-${view.name}`}
      >
        {count}
      </text>
      {/* The boom: across the way while the gate is shut, folded back against its post once open. */}
      <rect className="gate-post" x={PAD} y={34} width={7} height={25} rx={1.5} />
      <g className="gate-arm">
        <rect className="gate-arm-bar" x={PAD + 7} y={40} width={96} height={10} rx={2} />
        {[0, 1, 2, 3].map((k) => (
          <path key={k} className="gate-arm-stripe" d={`M${PAD + 17 + k * 24},40h10l-6,10h-10Z`} />
        ))}
      </g>
      {Array.from({ length: Math.min(view.parties, 16) }, (_, k) => (
        <circle
          key={k}
          className={k < shown ? 'slot filled' : 'slot'}
          cx={128 + (k % 8) * 13}
          cy={k < 8 ? 40 : 52}
          r={4.5}
        />
      ))}
      {open ? (
        <>
          {openLines.map((line, k) => (
            <text
              key={k}
              className={k === 0 ? 'barrier-line released' : 'barrier-line'}
              x={PAD}
              y={79 + 21 * k}
              fontSize={TEXT.line}
              data-testid={k === 0 ? `barrier-open-${view.name}` : undefined}
            >
              {line}
            </text>
          ))}
        </>
      ) : (
        <>
          <text
            className="barrier-line waiting"
            x={PAD}
            y={79}
            fontSize={TEXT.line}
            data-testid={`barrier-waiting-${view.name}`}
          >
            {fitList(labels.waiting, view.arrived, width, lineFont)}
          </text>
          <text
            className="barrier-line missing"
            x={PAD}
            y={100}
            fontSize={TEXT.line}
            data-testid={`barrier-missing-${view.name}`}
          >
            {fitList(labels.missing, missing, width, lineFont)}
          </text>
        </>
      )}
    </g>
  );
}
