// How each kind of message looks: a color from the Okabe–Ito palette (safe for color-blind
// viewers) and, so color is never the only cue, a shape of its own.

import type { MessageKind } from '../../engine/trace';

export type Shape = 'circle' | 'diamond' | 'square' | 'triangle' | 'hexagon' | 'envelope' | 'star';

export const KIND_STYLE: Record<MessageKind, { color: string; shape: Shape }> = {
  message: { color: '#0072B2', shape: 'circle' },
  sync: { color: '#D55E00', shape: 'diamond' },
  ack: { color: '#009E73', shape: 'triangle' },
  request: { color: '#CC79A7', shape: 'square' },
  reply: { color: '#B07800', shape: 'hexagon' },
  publish: { color: '#3A8FC7', shape: 'envelope' },
  dispatch: { color: '#6A3D9A', shape: 'star' },
};

export const MESSAGE_KINDS = Object.keys(KIND_STYLE) as MessageKind[];

/** SVG path of a shape of radius r centred on 0,0. */
export function shapePath(shape: Shape, r: number): string {
  const poly = (points: [number, number][]) =>
    `M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`;
  const ring = (n: number, radius: (k: number) => number, offset = -Math.PI / 2) =>
    poly(
      Array.from({ length: n }, (_, k) => [
        radius(k) * Math.cos(offset + (2 * Math.PI * k) / n),
        radius(k) * Math.sin(offset + (2 * Math.PI * k) / n),
      ]),
    );
  switch (shape) {
    case 'circle':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    case 'diamond':
      return poly([
        [0, -r * 1.2],
        [r * 1.2, 0],
        [0, r * 1.2],
        [-r * 1.2, 0],
      ]);
    case 'square':
      return poly([
        [-r, -r],
        [r, -r],
        [r, r],
        [-r, r],
      ]);
    case 'triangle':
      return ring(3, () => r * 1.25);
    case 'hexagon':
      return ring(6, () => r * 1.1, 0);
    case 'envelope':
      return `${poly([
        [-r * 1.3, -r * 0.85],
        [r * 1.3, -r * 0.85],
        [r * 1.3, r * 0.85],
        [-r * 1.3, r * 0.85],
      ])}M${-r * 1.3},${-r * 0.85}L0,${r * 0.2}L${r * 1.3},${-r * 0.85}`;
    case 'star':
      return ring(10, (k) => (k % 2 ? r * 0.55 : r * 1.3));
  }
}
