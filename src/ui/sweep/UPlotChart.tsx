// A chart drawn by uPlot from a ChartModel: lines with points (a sweep) or bars (a histogram).
// Hover, or ← → with the keyboard, reads a point in a tooltip; a click or Enter picks it.
// Fonts follow the page's size, so presenter mode's larger type reaches the axes too.

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { yRange, type ChartModel, type Unit } from './model';

const FONT = "system-ui, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
const INK = '#1b1f27';
const GRID = '#d5dae2';

export interface UPlotChartProps {
  model: ChartModel;
  /** Ids of the series drawn; every one when omitted. */
  shown?: ReadonlySet<string>;
  bars?: boolean;
  /** What the tooltip says of the point at index `k`. */
  tooltip(k: number): ReactNode;
  onPick?(k: number): void;
  /** The chart's name and its one-sentence description for screen readers. */
  label: string;
  description: string;
  testId?: string;
}

export function UPlotChart({
  model,
  shown,
  bars = false,
  tooltip,
  onPick,
  label,
  description,
  testId,
}: UPlotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [active, setActive] = useState<number | null>(null);
  // Where the tooltip stands: beside the point, on the side with more room.
  const [tip, setTip] = useState({ left: 0, flip: false });
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const series = model.series.filter((s) => !shown || shown.has(s.id));
    const units = (['ticks', 'messages'] as Unit[]).filter((u) => series.some((s) => s.unit === u));
    const px = parseFloat(getComputedStyle(el).fontSize) || 16;
    const font = `${Math.round(px * 1.05)}px ${FONT}`;
    const labelFont = `600 ${Math.round(px * 1.1)}px ${FONT}`;
    const width = Math.max(320, el.clientWidth);
    const height = Math.max(240, Math.round(Math.min(el.clientWidth * 0.5, window.innerHeight * 0.5)));
    const axisSize = Math.round(px * 3.6);
    const opts: uPlot.Options = {
      width,
      height,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: Math.round(px * 0.9) }, focus: { prox: 24 } },
      scales: {
        x: bars
          ? { time: false, range: (_u, lo, hi) => [lo - 0.5 * step(model.x), hi + 0.5 * step(model.x)] }
          : { time: false },
        ...Object.fromEntries(units.map((u) => [u, { range: () => yRange(series, u) }])),
      },
      axes: [
        {
          stroke: INK,
          font,
          labelFont,
          label: model.xLabel,
          labelSize: Math.round(px * 2),
          size: Math.round(px * 2.4),
          grid: { stroke: GRID },
          ticks: { stroke: INK },
          // Ticks only at values the sweep can have: multiples of its step.
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((m) => m * step(model.x)),
        },
        ...units.map((u, side) => ({
          scale: u,
          side: side === 0 ? 3 : 1,
          stroke: INK,
          font,
          labelFont,
          label: model.yLabels[u],
          labelSize: Math.round(px * 2),
          size: axisSize,
          grid: { show: side === 0, stroke: GRID },
          ticks: { stroke: INK },
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
        })),
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          scale: s.unit,
          stroke: s.color,
          width: bars ? 1 : Math.max(3, px * 0.2),
          dash: s.dash,
          spanGaps: true,
          ...(bars
            ? {
                fill: s.color,
                paths: uPlot.paths.bars?.({ size: [0.85, Infinity] }),
                points: { show: false },
              }
            : { points: { show: true, size: Math.round(px * 0.6), fill: s.color, stroke: s.color } }),
        })),
      ],
      hooks: {
        setCursor: [
          (u) => {
            const k = u.cursor.idx ?? null;
            setActive(k);
            if (k === null || k === undefined) return;
            const x = u.valToPos(model.x[k] ?? 0, 'x');
            setTip({ left: x + u.over.offsetLeft, flip: x > u.over.clientWidth / 2 });
          },
        ],
      },
    };
    const data: uPlot.AlignedData = [model.x, ...series.map((s) => s.values)];
    const u = new uPlot(opts, data, el);
    plot.current = u;
    // The point under the click itself: the cursor's index may still be catching up with the mouse.
    u.over.addEventListener('click', (event) => {
      const k = u.posToIdx(event.clientX - u.over.getBoundingClientRect().left);
      if (k >= 0 && k < model.x.length) pick.current?.(k);
    });
    const resize = new ResizeObserver(() => {
      const w = Math.max(320, el.clientWidth);
      if (Math.abs(w - u.width) > 2)
        u.setSize({
          width: w,
          height: Math.max(240, Math.round(Math.min(w * 0.5, window.innerHeight * 0.5))),
        });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [model, shown, bars]);

  /** Moves the cursor to point `k`, as a hover there would. */
  const moveTo = (k: number) => {
    const u = plot.current;
    if (!u || model.x.length === 0) return;
    const at = Math.max(0, Math.min(model.x.length - 1, k));
    u.setCursor({ left: u.valToPos(model.x[at]!, 'x'), top: u.over.clientHeight / 2 });
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = active ?? -1;
    const last = model.x.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? k + 1
        : e.key === 'ArrowLeft'
          ? Math.max(0, k - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to !== null) {
      e.preventDefault();
      moveTo(to);
    } else if ((e.key === 'Enter' || e.key === ' ') && active !== null && onPick) {
      e.preventDefault();
      onPick(active);
    }
  };

  return (
    <figure className="sweep-chart" data-testid={testId}>
      <div
        className="sweep-chart-plot"
        ref={box}
        tabIndex={0}
        role="img"
        aria-label={`${label}. ${description}`}
        onKeyDown={onKey}
        onFocus={() => active === null && moveTo(0)}
      />
      {active !== null && (
        <div
          className={tip.flip ? 'sweep-tooltip flip' : 'sweep-tooltip'}
          role="status"
          style={{ left: tip.left }}
          data-testid={testId && `${testId}-tooltip`}
        >
          {tooltip(active)}
        </div>
      )}
    </figure>
  );
}

/** The distance between neighbouring x values (1 when there is one value). */
function step(x: readonly number[]): number {
  return x.length > 1 ? Math.abs(x[1]! - x[0]!) : 1;
}
