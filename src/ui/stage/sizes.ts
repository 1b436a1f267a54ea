// Sizes on the stage, in stage units. The stage is laid out in these units and then drawn at the
// zoom that fits its box (see fit.ts), so every text size here is multiplied by that zoom on
// screen. The floors in fit.ts keep the smallest of them readable.

/** Font sizes of the stage's texts. */
export const TEXT = {
  /** A process's name. */
  name: 18,
  /** A process's state ("waiting for reply from Server"). */
  caption: 15,
  /** A queue's or a barrier's name. */
  title: 17,
  /** A queue's or a barrier's count ("2/3"). */
  count: 21,
  /** The lines inside queues and gates (who waits, who is missing). */
  line: 14,
  /** Secondary marks: worker and line, mailbox count. */
  meta: 12,
  /** The number over a message in flight. */
  label: 13,
} as const;

/** The smallest primary text (names, states) and the smallest secondary mark. */
export const PRIMARY_MIN = Math.min(TEXT.name, TEXT.caption, TEXT.title, TEXT.count, TEXT.line);
export const SECONDARY_MIN = Math.min(TEXT.meta, TEXT.label);

/** Distance between the baselines of wrapped lines, in ems: Korean glyphs' line box is 1.45 em tall. */
export const LEADING = 1.46;

export interface Size {
  w: number;
  h: number;
}

/** A process with room for its name, two lines of state and the worker/line mark. */
export const NODE: Size = { w: 210, h: 96 };
/** A process on a crowded stage: icon and name only (the state is in its color and tooltip). */
export const NODE_COMPACT: Size = { w: 180, h: 40 };
/** Above this many processes, nodes are compact. */
export const COMPACT_ABOVE = 12;
export const QUEUE: Size = { w: 230, h: 102 };
export const GATE: Size = { w: 240, h: 104 };
/** Space kept between any two boxes. */
export const GAP = 14;
/** Space kept round the whole world (message labels stand above glyphs near the edge). */
export const MARGIN = 14;
/** Radius of a message glyph in flight. */
export const GLYPH_R = 10;
