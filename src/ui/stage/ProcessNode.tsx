import { memo, useLayoutEffect, useRef } from 'react';
import type { ProcessView } from '../../playback/world';
import { clock } from '../clock';
import { progressAt } from './geometry';
import { Icon } from './icons';
import type { Point } from './layout';
import { measureAt } from './measure';
import { LEADING, TEXT } from './sizes';
import { truncate, wrapText } from './wrap';

interface Props {
  view: ProcessView;
  at: Point;
  w: number;
  h: number;
  /** Icon and name only, for a crowded stage. */
  compact: boolean;
  /** What the node says under its name: "computing", "waiting for reply from Server", … */
  caption: string;
  /** The worker/line mark ("W2 · L12") and what it means ("runs in Web Worker 2, at line 12"). */
  mark: string;
  markTitle: string;
  /** "3 messages in the mailbox", for the mailbox's tooltip. */
  mailboxTitle: string;
  selected: boolean;
  dimmed: boolean;
  /** It just gave up a wait (its caption says after how long). */
  gaveUp: boolean;
  onSelect(): void;
  selectLabel: string;
}

const PAD = 8;
const ICON = 20;
const nameFont = measureAt(TEXT.name, true);
const captionFont = measureAt(TEXT.caption);
const blockedFont = measureAt(TEXT.caption, true);
const metaFont = measureAt(TEXT.meta);
const mailFont = measureAt(TEXT.meta, true);

/** One process: its name, its state at a glance (icon, border, fill) and why it waits. */
export const ProcessNode = memo(function ProcessNode({
  view,
  at,
  w,
  h,
  compact,
  caption,
  mark,
  markTitle,
  mailboxTitle,
  selected,
  dimmed,
  gaveUp,
  onSelect,
  selectLabel,
}: Props) {
  const compute = view.compute;
  const full = `${view.name} · ${caption} · ${markTitle}`;
  // Names stay clear of the icon on both sides (centred), or follow it (compact).
  const name = truncate(view.name, compact ? w - PAD - ICON - 6 - PAD : w - 2 * (PAD + ICON + 6), nameFont);
  const lines = compact
    ? []
    : wrapText(
        caption,
        w - 2 * PAD,
        2,
        view.status === 'blocked' || view.status === 'crashed' || gaveUp ? blockedFont : captionFont,
      );
  const mail = view.mailbox.length > 0 && !compact ? String(view.mailbox.length) : null;
  const mailWidth = mail ? mailFont(mail) : 0;
  const metaText = compact ? '' : truncate(mark, w - 2 * PAD - (mail ? mailWidth + 24 : 0), metaFont);
  const nameBaseline = compact ? h / 2 + TEXT.name * 0.36 : 26;
  const captionBaseline = 49;
  const metaBaseline = h - 5;
  return (
    <g
      className={`process status-${view.status}${compact ? ' compact' : ''}${selected ? ' selected' : ''}${dimmed ? ' dimmed' : ''}${gaveUp ? ' gave-up' : ''}`}
      transform={`translate(${at.x - w / 2},${at.y - h / 2})`}
      data-process={view.name}
      data-status={view.status}
      role="button"
      tabIndex={0}
      aria-label={`${selectLabel}: ${caption} (${markTitle})`}
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
      <title>{full}</title>
      <rect className="process-box" width={w} height={h} rx={compact ? 6 : 10} />
      {view.status === 'blocked' && (
        <rect className="process-hatch" width={w} height={h} rx={compact ? 6 : 10} />
      )}
      <Icon
        name={view.status}
        x={compact ? 6 : PAD}
        y={compact ? (h - ICON) / 2 : 8}
        size={ICON}
        className="process-icon"
      />
      <text
        className="process-name"
        x={compact ? PAD + ICON + 6 : w / 2}
        y={nameBaseline}
        fontSize={TEXT.name}
        textAnchor={compact ? 'start' : 'middle'}
      >
        {name}
      </text>
      {lines.length > 0 && (
        <text
          className="process-caption"
          x={w / 2}
          y={captionBaseline}
          fontSize={TEXT.caption}
          textAnchor="middle"
        >
          {lines.map((line, k) => (
            <tspan key={k} x={w / 2} dy={k === 0 ? 0 : TEXT.caption * LEADING}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      {metaText && (
        <g className="process-meta-mark">
          <title>{markTitle}</title>
          <text className="process-meta" x={PAD} y={metaBaseline} fontSize={TEXT.meta} aria-label={markTitle}>
            {metaText}
          </text>
        </g>
      )}
      {mail && (
        <g className="mailbox">
          <title>{mailboxTitle}</title>
          <Icon name="mailbox" x={w - PAD - mailWidth - 20} y={metaBaseline - 13} size={17} />
          <text x={w - PAD} y={metaBaseline} fontSize={TEXT.meta} textAnchor="end">
            {mail}
          </text>
        </g>
      )}
      {compute && (
        <ComputeBar start={compute.start} end={compute.start + compute.duration} width={w - 12} y={h - 3.5} />
      )}
    </g>
  );
}, sameNode);

/** How far a computation has come: its width follows the clock every frame, without React. */
function ComputeBar({ start, end, width, y }: { start: number; end: number; width: number; y: number }) {
  const bar = useRef<SVGRectElement>(null);
  useLayoutEffect(() => {
    const grow = (t: number) => {
      if (bar.current) bar.current.style.width = `${Math.max(0, width * progressAt(t, start, end))}px`;
    };
    grow(clock.get());
    return clock.on('change', grow);
  }, [start, end, width]);
  return <rect ref={bar} className="compute-bar" x={6} y={y} height={3} />;
}

/** Whether a node would draw the same: its own record and its other props (the click handler aside). */
function sameNode(a: Props, b: Props): boolean {
  const va = a.view;
  const vb = b.view;
  return (
    a.at === b.at &&
    a.w === b.w &&
    a.h === b.h &&
    a.compact === b.compact &&
    a.caption === b.caption &&
    a.mark === b.mark &&
    a.markTitle === b.markTitle &&
    a.mailboxTitle === b.mailboxTitle &&
    a.selected === b.selected &&
    a.dimmed === b.dimmed &&
    a.gaveUp === b.gaveUp &&
    a.selectLabel === b.selectLabel &&
    va.name === vb.name &&
    va.status === vb.status &&
    va.line === vb.line &&
    va.mailbox.length === vb.mailbox.length &&
    va.compute?.start === vb.compute?.start &&
    va.compute?.duration === vb.compute?.duration
  );
}
