export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** `name: value unit`, the line format every benchmark prints. */
export function formatFigure(f: Figure): string {
  const value = Math.abs(f.value) >= 100 ? Math.round(f.value).toString() : f.value.toFixed(2);
  return `${f.name}: ${value} ${f.unit}`;
}
