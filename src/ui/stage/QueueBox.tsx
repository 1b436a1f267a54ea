import type { QueueView } from '../../playback/world';
import { Icon } from './icons';
import { KIND_STYLE, shapePath } from './kinds';
import type { Point } from './layout';
import { measureAt } from './measure';
import { QUEUE, TEXT } from './sizes';
import { fitList, truncate } from './wrap';

interface Props {
  view: QueueView;
  at: Point;
  labels: {
    queue: string;
    unbounded: string;
    waiting: string;
    capacity: (c: number) => string;
    onTheWay: (n: number) => string;
    full: string;
  };
}

const { w: W, h: H } = QUEUE;
const PAD = 10;
const titleFont = measureAt(TEXT.title, true);
const countFont = measureAt(TEXT.count, true);
const lineFont = measureAt(TEXT.line);

/**
 * A broker queue: its name and count on top, its messages oldest first (leftmost leaves next),
 * then its capacity and what is on the way, then who waits to consume. Each text has a row of
 * its own, so the name and the count never run into each other.
 */
export function QueueBox({ view, at, labels }: Props) {
  const held = view.contents.length + view.inbound.length;
  const slots = view.capacity ?? Math.max(6, view.contents.length);
  const shownSlots = Math.min(slots, 10);
  const slotW = (W - 2 * PAD) / shownSlots;
  const full = view.capacity !== null && held >= view.capacity;
  const count =
    view.capacity === null ? `${view.contents.length}` : `${view.contents.length}/${view.capacity}`;
  const countWidth = countFont(count);
  const title = truncate(view.name, W - 2 * PAD - 26 - countWidth - 8, titleFont);
  const status = [
    view.capacity === null ? labels.unbounded : labels.capacity(view.capacity),
    full ? labels.full : null,
    view.inbound.length > 0 ? labels.onTheWay(view.inbound.length) : null,
    view.contents.length > shownSlots ? `+${view.contents.length - shownSlots}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const statusLine = truncate(status, W - 2 * PAD, lineFont);
  const waiting = fitList(labels.waiting, view.waiting, W - 2 * PAD, lineFont);
  return (
    <g
      className={`queue${full ? ' full' : ''}`}
      transform={`translate(${at.x - W / 2},${at.y - H / 2})`}
      data-queue={view.name}
      data-size={view.contents.length}
      role="group"
      aria-label={`${labels.queue} ${view.name}: ${count}. ${status}. ${labels.waiting}: ${view.waiting.join(', ') || '—'}`}
    >
      <title>{`${labels.queue} ${view.name}: ${count} · ${status}\n${labels.waiting}: ${view.waiting.join(', ') || '—'}`}</title>
      <rect className="queue-box" width={W} height={H} rx={10} />
      <Icon name="queue" x={PAD} y={8} size={20} className="queue-icon" />
      <text className="queue-title" x={PAD + 26} y={25} fontSize={TEXT.title}>
        {title}
      </text>
      <text className="queue-count" x={W - PAD} y={27} textAnchor="end" fontSize={TEXT.count}>
        {count}
      </text>
      {Array.from({ length: shownSlots }, (_, k) => (
        <g key={k} transform={`translate(${PAD + k * slotW},34)`}>
          <rect className="queue-slot" width={slotW - 3} height={21} rx={3} />
          {k < view.contents.length && (
            <path
              transform={`translate(${(slotW - 3) / 2},10.5)`}
              d={shapePath(KIND_STYLE.publish.shape, Math.min(6.5, (slotW - 6) / 2.8))}
              fill={KIND_STYLE.publish.color}
              stroke="#fff"
            />
          )}
        </g>
      ))}
      <text className="queue-status" x={PAD} y={76} fontSize={TEXT.line}>
        {statusLine}
      </text>
      <text className="queue-waiting" x={PAD} y={97} fontSize={TEXT.line}>
        {waiting}
      </text>
    </g>
  );
}
