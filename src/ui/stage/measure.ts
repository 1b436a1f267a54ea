// Text widths on the stage, in stage units, measured with the page's own font on a canvas (so a
// caption is wrapped where it really ends); an estimate where there is no canvas (unit tests).

import { displayWidth, type Measure } from './wrap';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

function canvas(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) {
      const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
      context.font = `100px ${family}`;
    }
  } catch {
    context = null;
  }
  return context ?? null;
}

/** A measure for text of `size` stage units, bold or not. */
export function measureAt(size: number, bold = false): Measure {
  return (text) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let per100 = cache.get(key);
    if (per100 === undefined) {
      const c = canvas();
      if (c) {
        const family = c.font.replace(/^(bold\s+)?100px\s+/, '');
        c.font = `${bold ? 'bold ' : ''}100px ${family}`;
        per100 = c.measureText(text).width;
      } else per100 = displayWidth(text) * (bold ? 66 : 60);
      if (cache.size > 5000) cache.clear();
      cache.set(key, per100);
    }
    // A little extra: the SVG text may round differently from the canvas.
    return (per100 / 100) * size * 1.03;
  };
}
