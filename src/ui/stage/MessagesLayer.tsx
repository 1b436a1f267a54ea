import { memo, useLayoutEffect, useRef } from 'react';
import type { MessageView } from '../../playback/world';
import { clock } from '../clock';
import { pickMessage } from '../commands';
import { useReducedMotion } from '../reducedMotion';
import { flightPoint, type Flight } from './flights';
import { KIND_STYLE, shapePath } from './kinds';
import { TEXT } from './sizes';

export type { Flight } from './flights';

interface Props {
  flights: readonly Flight[];
  /** Radius of a glyph, in stage units. */
  size: number;
  /** The id of the picked message, or null. */
  picked: number | null;
}

/**
 * Every message in flight. React draws each glyph once; one clock subscription then moves them
 * all every frame by writing their transforms directly, so a thousand messages cost one loop.
 * Under reduced motion they do not glide: each stands where it is at the current event's time.
 */
export function MessagesLayer({ flights, size, picked }: Props) {
  const layer = useRef<SVGGElement>(null);
  const current = useRef(flights);
  const still = useReducedMotion();
  useLayoutEffect(() => {
    current.current = flights;
    const place = (t: number) => {
      const nodes = layer.current?.children;
      if (!nodes) return;
      for (let k = 0; k < nodes.length && k < current.current.length; k++) {
        const p = flightPoint(current.current[k]!, t, still);
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
          picked={picked === f.message.id}
        />
      ))}
    </g>
  );
}

/**
 * Above this many messages in flight, glyphs lose their number label (text is costly to lay out
 * every frame) and leave the Tab order (they can still be clicked).
 */
const NUMBERED = 48;

const Glyph = memo(function Glyph({
  id,
  kind,
  label,
  size,
  numbered,
  picked,
}: {
  id: number;
  kind: MessageView['kind'];
  label: string;
  size: number;
  numbered: boolean;
  picked: boolean;
}) {
  const style = KIND_STYLE[kind];
  // A click picks the message for a what-if; clicking it again unpicks it.
  return (
    <g
      className={`message kind-${kind}${picked ? ' picked' : ''}`}
      data-kind={kind}
      data-id={id}
      data-testid={`message-${id}`}
      role="button"
      tabIndex={numbered ? 0 : -1}
      aria-label={label}
      aria-pressed={picked}
      onClick={(e) => {
        e.stopPropagation();
        pickMessage(id);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        e.stopPropagation();
        pickMessage(id);
      }}
    >
      <title>{label}</title>
      {picked && <circle className="message-pick-ring" r={size * 1.9} />}
      {/* A disc a little larger than the glyph: small shapes are easy to miss with a mouse. */}
      <circle className="message-hit" r={size * 1.6} />
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
