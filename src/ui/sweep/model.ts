// What a chart shows, whoever draws it: uPlot on screen, the SVG serializer for export. One model,
// so the picture a teacher downloads has the same points, colours and words as the one on screen.

/** Which y axis a series is read on: time (left) or a count of messages (right). */
export type Unit = 'ticks' | 'messages';

/** Marks that tell series apart without colour (printed in grey, or seen by a colour-blind eye). */
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

export interface ChartSeries {
  /** Stable across languages: names the series in toggles and tests (`finish`, `blocked:Worker[1]`). */
  id: string;
  label: string;
  unit: Unit;
  /** One per x; null where the point has no value (a process that does not exist at that size). */
  values: (number | null)[];
  color: string;
  /** Dash pattern in pixels; empty for a solid line. */
  dash: number[];
  marker: Marker;
}

export interface ChartModel {
  title: string;
  xLabel: string;
  /** The y axes' captions. */
  yLabels: Record<Unit, string>;
  x: number[];
  series: ChartSeries[];
}

/**
 * Okabe and Ito's palette, the darker half first: told apart by the common colour blindnesses and
 * dark enough on white to read on a washed-out projector.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const DASHES: number[][] = [[], [10, 6], [3, 5], [14, 5, 3, 5]];
const MARKERS: Marker[] = ['circle', 'square', 'triangle', 'diamond'];

/** The look of the `k`-th series: colour, dash and marker all change, so any one of them tells it. */
export function styleOf(k: number): Pick<ChartSeries, 'color' | 'dash' | 'marker'> {
  return {
    color: PALETTE[k % PALETTE.length]!,
    dash: DASHES[k % DASHES.length]!,
    marker: MARKERS[k % MARKERS.length]!,
  };
}

/** Round tick values covering `min`..`max` (1, 2 or 5 × 10^k apart), about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max <= min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow) || 1;
  const out: number[] = [];
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}

/** The range a y axis spans: from 0 (costs are compared with nothing) to a round number above the top. */
export function yRange(series: readonly ChartSeries[], unit: Unit): [number, number] {
  let top = 0;
  for (const s of series)
    if (s.unit === unit) for (const v of s.values) if (v !== null) top = Math.max(top, v);
  if (top <= 0) return [0, 1];
  const ticks = niceTicks(0, top, 5);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : top;
  return [0, Math.ceil(top / step) * step];
}
