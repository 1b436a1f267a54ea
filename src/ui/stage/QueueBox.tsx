import type { QueueView } from '../../playback/world';
import { KIND_STYLE, shapePath } from './kinds';
import { QUEUE_SIZE, type Point } from './layout';

interface Props {
  view: QueueView;
  at: Point;
  labels: { queue: string; unbounded: string; waiting: string };
}

const { w: QUEUE_W, h: QUEUE_H } = QUEUE_SIZE;

/** A broker queue: its messages oldest first (leftmost leaves next), its capacity, its waiting consumers. */
export function QueueBox({ view, at, labels }: Props) {
  const held = view.contents.length + view.inbound.length;
  const slots = view.capacity ?? Math.max(6, view.contents.length);
  const shownSlots = Math.min(slots, 10);
  const slotW = (QUEUE_W - 20) / shownSlots;
  const full = view.capacity !== null && held >= view.capacity;
  return (
    <g
      className={`queue${full ? ' full' : ''}`}
      transform={`translate(${at.x - QUEUE_W / 2},${at.y - QUEUE_H / 2})`}
      data-queue={view.name}
      data-size={view.contents.length}
      role="group"
      aria-label={`${labels.queue} ${view.name}: ${view.contents.length}${view.capacity === null ? '' : `/${view.capacity}`}`}
    >
      <rect className="queue-box" width={QUEUE_W} height={QUEUE_H} rx={10} />
      <text className="queue-title" x={10} y={18}>
        ☰ {view.name}
      </text>
      <text className="queue-count" x={QUEUE_W - 10} y={18} textAnchor="end">
        {view.contents.length}
        {view.capacity === null ? ` (${labels.unbounded})` : `/${view.capacity}`}
        {view.inbound.length > 0 ? ` +${view.inbound.length}` : ''}
      </text>
      {Array.from({ length: shownSlots }, (_, k) => (
        <g key={k} transform={`translate(${10 + k * slotW},28)`}>
          <rect className="queue-slot" width={slotW - 3} height={26} rx={3} />
          {k < view.contents.length && (
            <path
              transform={`translate(${(slotW - 3) / 2},13)`}
              d={shapePath(KIND_STYLE.publish.shape, 7)}
              fill={KIND_STYLE.publish.color}
              stroke="#fff"
            />
          )}
        </g>
      ))}
      {view.contents.length > shownSlots && (
        <text className="queue-more" x={QUEUE_W - 10} y={68} textAnchor="end">
          +{view.contents.length - shownSlots}
        </text>
      )}
      <text className="queue-waiting" x={10} y={72}>
        {labels.waiting}: {view.waiting.join(', ') || '—'}
      </text>
    </g>
  );
}
