// Where a tour caption goes: beside its target on the first side with room, its arrow aimed at
// the target, never outside the window. Pure, so it is tested without a browser.

export type Side = 'right' | 'left' | 'below' | 'above';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  /** Where the caption sits relative to its target; `inside` when no side has room. */
  side: Side | 'inside';
  left: number;
  top: number;
  /** The arrow's distance from the caption's top (left/right) or left edge (above/below). */
  arrow: number;
}

export const GAP = 14;
export const MARGIN = 8;
const ARROW_INSET = 18;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/**
 * Places a caption of `size` next to `target` (both in window coordinates) in a window of `view`,
 * trying the sides in `prefer` in order; the caption always stays inside the window.
 */
export function place(
  target: Box,
  size: { width: number; height: number },
  view: { width: number; height: number },
  prefer: readonly Side[],
): Placement {
  const { width: w, height: h } = size;
  const right = target.left + target.width;
  const bottom = target.top + target.height;
  const centreX = target.left + target.width / 2;
  const maxLeft = view.width - MARGIN - w;
  const maxTop = view.height - MARGIN - h;
  const across = w <= view.width - 2 * MARGIN;
  const fits: Record<Side, boolean> = {
    right: right + GAP + w <= view.width - MARGIN && h <= view.height - 2 * MARGIN,
    left: target.left - GAP - w >= MARGIN && h <= view.height - 2 * MARGIN,
    below: across && bottom + GAP + h <= view.height - MARGIN,
    above: across && target.top - GAP - h >= MARGIN,
  };
  const side = prefer.find((s) => fits[s]);
  if (side === 'right' || side === 'left') {
    // Level with a target's middle, or near the top of one much taller than the caption.
    const tall = target.height > 2 * h;
    const top = clamp(tall ? target.top + 12 : target.top + target.height / 2 - h / 2, MARGIN, maxTop);
    const aim = tall ? target.top + 40 : target.top + target.height / 2;
    return {
      side,
      left: side === 'right' ? right + GAP : target.left - GAP - w,
      top,
      arrow: clamp(aim - top, ARROW_INSET, h - ARROW_INSET),
    };
  }
  if (side === 'below' || side === 'above') {
    const left = clamp(centreX - w / 2, MARGIN, maxLeft);
    return {
      side,
      left,
      top: side === 'below' ? bottom + GAP : target.top - GAP - h,
      arrow: clamp(centreX - left, ARROW_INSET, w - ARROW_INSET),
    };
  }
  return {
    side: 'inside',
    left: clamp(right - MARGIN - w, MARGIN, maxLeft),
    top: clamp(target.top + MARGIN, MARGIN, maxTop),
    arrow: 0,
  };
}
