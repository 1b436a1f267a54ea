import { memo, useLayoutEffect, useRef } from 'react';
import type { MessageView } from '../../playback/world';
import { clock } from '../clock';
import { useReducedMotion } from '../reducedMotion';
import { along, progressAt } from './geometry';
import { KIND_STYLE, shapePath } from './kinds';
import type { Point } from './layout';
import { TEXT } from './sizes';

export interface Flight {
  message: MessageView;
  from: Point;
  to: Point;
  /** Sideways offset so a message and its answer travel on separate lanes. */
  lane: number;
  label: string;
}

interface Props {
  flights: readonly Flight[];
  /** Radius of a glyph, in stage units. */
  size: number;
}

/**
 * Every message in flight. React draws each glyph once; one clock subscription then moves them
 * all every frame by writing their transforms directly, so a thousand messages cost one loop.
 * Under reduced motion they do not glide: each stands where it is at the current event's time.
 */
export function MessagesLayer({ flights, size }: Props) {
  const layer = useRef<SVGGElement>(null);
  const current = useRef(flights);
  const still = useReducedMotion();
  useLayoutEffect(() => {
    current.current = flights;
    const place = (t: number) => {
      const nodes = layer.current?.children;
      if (!nodes) return;
      for (let k = 0; k < nodes.length && k < current.current.length; k++) {
        const f = current.current[k]!;
        const progress = still ? f.message.progress : progressAt(t, f.message.sentAt, f.message.deliverAt);
        const p = along(f.from, f.to, progress, f.lane);
        (nodes[k] as SVGGElement).style.transform = `translate(${p.x.toFixed(1)}px,${p.y.toFixed(1)}px)`;
      }
    };
    place(clock.get());
    return still ? undefined : clock.on('change', place);
  }, [flights, still]);
  return (
    <g ref={layer} className="messages">
      {flights.map((f) => (
        <Glyph
          key={f.message.id}
          id={f.message.id}
          kind={f.message.kind}
          label={f.label}
          size={size}
          numbered={flights.length <= NUMBERED}
        />
      ))}
    </g>
  );
}

/** Above this many messages in flight, glyphs lose their number label: text is costly to lay out every frame. */
const NUMBERED = 48;

const Glyph = memo(function Glyph({
  id,
  kind,
  label,
  size,
  numbered,
}: {
  id: number;
  kind: MessageView['kind'];
  label: string;
  size: number;
  numbered: boolean;
}) {
  const style = KIND_STYLE[kind];
  return (
    <g className={`message kind-${kind}`} data-kind={kind} data-id={id}>
      <title>{label}</title>
      <path
        className="message-glyph"
        d={shapePath(style.shape, size)}
        fill={style.color}
        stroke="#fff"
        strokeWidth={2}
      />
      {numbered && (
        <text y={-size * 1.35 - 3} textAnchor="middle" className="message-label" fontSize={TEXT.label}>
          #{id}
        </text>
      )}
    </g>
  );
});
