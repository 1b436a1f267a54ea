// The chart as a standalone SVG document, from the same model uPlot draws on screen. uPlot paints
// on a canvas and has no SVG output; this small serializer draws the same axes, lines, markers and
// legend as vectors, so a handout or slide stays sharp at any size. Pure: text in, text out.

import { niceTicks, yRange, type ChartModel, type ChartSeries, type Marker, type Unit } from './model';

export interface SvgSize {
  width: number;
  height: number;
}

const FONT = "system-ui, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
const INK = '#1b1f27';
const GRID = '#d5dae2';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) => String(Number(v.toFixed(2)));

function markerPath(marker: Marker, x: number, y: number, r: number): string {
  switch (marker) {
    case 'circle':
      return `M${fmt(x - r)} ${fmt(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square':
      return `M${fmt(x - r)} ${fmt(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${fmt(x)} ${fmt(y - r * 1.2)}L${fmt(x + r * 1.1)} ${fmt(y + r * 0.8)}L${fmt(x - r * 1.1)} ${fmt(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${fmt(x)} ${fmt(y - r * 1.3)}L${fmt(x + r * 1.3)} ${fmt(y)}L${fmt(x)} ${fmt(y + r * 1.3)}L${fmt(x - r * 1.3)} ${fmt(y)}Z`;
  }
}

/** The chart of `model` (only the series in `shown`, every one when omitted) as SVG text. */
export function chartSvg(
  model: ChartModel,
  shown?: ReadonlySet<string>,
  size: SvgSize = { width: 1200, height: 720 },
): string {
  const series = model.series.filter((s) => !shown || shown.has(s.id));
  const units = (['ticks', 'messages'] as Unit[]).filter((u) => series.some((s) => s.unit === u));
  const { width, height } = size;
  const legendRows = Math.ceil(series.length / 3);
  const top = 70 + legendRows * 30;
  const left = 100;
  const right = units.includes('messages') ? 100 : 40;
  const bottom = 90;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const out: string[] = [];
  const xs = model.x;
  const xMin = xs.length ? Math.min(...xs) : 0;
  const xMax = xs.length ? Math.max(...xs) : 1;
  const xSpan = xMax - xMin || 1;
  const px = (x: number) => left + ((x - xMin) / xSpan) * plotW;
  const ranges = Object.fromEntries(units.map((u) => [u, yRange(series, u)])) as Record<
    Unit,
    [number, number]
  >;
  const py = (unit: Unit, v: number) => {
    const [lo, hi] = ranges[unit] ?? [0, 1];
    return top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  };

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}" font-size="20" fill="${INK}">`,
    `<title>${esc(model.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="40" font-size="28" font-weight="700">${esc(model.title)}</text>`,
  );

  // Legend: three to a row, each with its line, dash and marker.
  series.forEach((s, k) => {
    const lx = left + (k % 3) * ((width - left - right) / 3);
    const ly = 70 + Math.floor(k / 3) * 30;
    out.push(
      `<line x1="${lx}" y1="${ly - 7}" x2="${lx + 36}" y2="${ly - 7}" stroke="${s.color}" stroke-width="4"${dashAttr(s)}/>`,
      `<path d="${markerPath(s.marker, lx + 18, ly - 7, 6)}" fill="${s.color}"/>`,
      `<text x="${lx + 46}" y="${ly}">${esc(s.label)}</text>`,
    );
  });

  // Grid and y ticks: the left axis's grid lines; the right axis's labels only.
  units.forEach((unit, side) => {
    const [lo, hi] = ranges[unit]!;
    for (const v of niceTicks(lo, hi, 5)) {
      const y = fmt(py(unit, v));
      if (side === 0)
        out.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" stroke="${GRID}"/>`);
      const x = side === 0 ? left - 12 : left + plotW + 12;
      out.push(
        `<text x="${x}" y="${y}" dy="0.35em" text-anchor="${side === 0 ? 'end' : 'start'}">${fmt(v)}</text>`,
      );
    }
    const cx = side === 0 ? 28 : width - 24;
    const cy = top + plotH / 2;
    out.push(
      `<text transform="translate(${cx} ${fmt(cy)}) rotate(-90)" text-anchor="middle" font-weight="600">${esc(model.yLabels[unit])}</text>`,
    );
  });

  // The x axis: the knob's values, at round steps.
  for (const v of niceTicks(xMin, xMax, Math.min(10, Math.max(1, xs.length - 1)))) {
    const x = fmt(px(v));
    out.push(
      `<line x1="${x}" y1="${top + plotH}" x2="${x}" y2="${top + plotH + 8}" stroke="${INK}"/>`,
      `<text x="${x}" y="${top + plotH + 32}" text-anchor="middle">${fmt(v)}</text>`,
    );
  }
  out.push(
    `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="${INK}" stroke-width="1.5"/>`,
    `<text x="${left + plotW / 2}" y="${height - 24}" text-anchor="middle" font-weight="600">${esc(model.xLabel)}</text>`,
  );

  // The series: a line through the points that have a value, a marker on each.
  for (const s of series) {
    const points = xs.flatMap((x, k) => {
      const v = s.values[k];
      return v === null || v === undefined ? [] : [[px(x), py(s.unit, v)] as const];
    });
    if (points.length > 1)
      out.push(
        `<polyline points="${points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')}" fill="none" stroke="${s.color}" stroke-width="3.5" stroke-linejoin="round"${dashAttr(s)}/>`,
      );
    out.push(
      `<path d="${points.map(([x, y]) => markerPath(s.marker, x, y, 5)).join('')}" fill="${s.color}"/>`,
    );
  }
  out.push('</svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out.join('\n')}\n`;
}

function dashAttr(s: ChartSeries): string {
  return s.dash.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
}
