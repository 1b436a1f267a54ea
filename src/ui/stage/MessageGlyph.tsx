import { motion, useTransform } from 'motion/react';
import type { MessageView } from '../../playback/world';
import { clock } from '../clock';
import { along, progressAt } from './geometry';
import { KIND_STYLE, shapePath } from './kinds';
import type { Point } from './layout';

interface Props {
  message: MessageView;
  from: Point;
  to: Point;
  /** Sideways offset so a message and its answer travel on separate lanes. */
  lane: number;
  size: number;
  label: string;
}

/** A message gliding along its wire; its position is driven by the clock, not by React renders. */
export function MessageGlyph({ message, from, to, lane, size, label }: Props) {
  const style = KIND_STYLE[message.kind];
  const x = useTransform(
    clock,
    (t) => along(from, to, progressAt(t, message.sentAt, message.deliverAt), lane).x,
  );
  const y = useTransform(
    clock,
    (t) => along(from, to, progressAt(t, message.sentAt, message.deliverAt), lane).y,
  );
  return (
    <motion.g
      style={{ x, y }}
      className={`message kind-${message.kind}`}
      data-kind={message.kind}
      data-id={message.id}
    >
      <title>{label}</title>
      <path d={shapePath(style.shape, size)} fill={style.color} stroke="#fff" strokeWidth={1.5} />
      <text y={-size - 4} textAnchor="middle" className="message-label">
        #{message.id}
      </text>
    </motion.g>
  );
}
