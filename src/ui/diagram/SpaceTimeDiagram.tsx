// The space-time diagram: one lane per process and queue, time left to right, drawn on a canvas.
// React lays out the controls; the view, hover and drawing live in a DiagramController.

import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { DiagramModel } from '../../playback/diagramModel';
import { DiagramController, measure } from './controller';
import { diagramPng, diagramSvg } from './exportSvg';
import { hitTest, sameHit, type Hit } from './hit';
import { DIAGRAM_STRINGS, type DiagramLang } from './strings';
import { describeHit } from './tooltip';
import { ticks } from './ticks';
import { TimeScrollbar } from './TimeScrollbar';
import {
  contentHeight,
  fitLaneHeight,
  LANE_COLUMN,
  LANE_HEIGHT,
  layoutRows,
  makeView,
  type View,
} from './view';
import { indexModel } from './windowIndex';
import './diagram.css';

export interface SpaceTimeDiagramProps {
  model: DiagramModel;
  /** Virtual time of the playhead. */
  cursor: number;
  lang: DiagramLang;
  onSeekTime(t: number): void;
  /** Names of the lanes not shown. */
  hidden?: ReadonlySet<string>;
  /** Shows the lane checklist; called with a lane's name to hide or show it. */
  onToggleLane?(name: string): void;
  /** Height of the drawing in CSS pixels (default: fits the lanes, up to 520). */
  height?: number;
  /** Accessible name. */
  label: string;
  /** End of the time axis when several diagrams share one scale (default: the model's end). */
  timeDomain?: number;
  ref?: Ref<SpaceTimeHandle>;
}

/** What a parent can do with the diagram (exports, tests). */
export interface SpaceTimeHandle {
  view(): View;
  fit(): void;
  zoom(factor: number): void;
  pan(fraction: number): void;
  /** The visible time window, all shown lanes, as an SVG document. */
  svg(): string;
  png(scale?: number): Promise<Blob | null>;
}

const NO_LANES: ReadonlySet<string> = new Set();
const ZOOM_STEP = 1.5;
const DRAG_THRESHOLD = 4;

export function SpaceTimeDiagram(props: SpaceTimeDiagramProps) {
  const { model, cursor, lang, onSeekTime, onToggleLane, label, ref } = props;
  const hidden = props.hidden ?? NO_LANES;
  const s = DIAGRAM_STRINGS[lang];
  const hintId = useId();
  const canvasId = useId();
  const indexed = useMemo(() => measure(() => indexModel(model)), [model]);
  const rows = useMemo(() => layoutRows(model.lanes, hidden), [model, hidden]);
  const end = Math.max(model.end, props.timeDomain ?? 0);
  const rowCount = rows.order.length;
  const plotHeight = props.height ?? Math.min(520, Math.max(160, contentHeight(rowCount, LANE_HEIGHT)));
  const laneHeight = fitLaneHeight(plotHeight, rowCount);

  const [controller] = useState(() => new DiagramController(makeView({ t0: 0, t1: 1, width: 0, height: 0 })));
  const [tip, setTip] = useState<{ hit: Hit; x: number; y: number; model: DiagramModel } | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const cursorRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);

  useEffect(() => {
    const wrap = wrapRef.current;
    const stop = controller.subscribe((v, ms, first) => {
      if (!wrap) return;
      // For tests and benchmarks: the window drawn and what drawing cost.
      if (ms === null) return;
      wrap.dataset.t0 = String(v.t0);
      wrap.dataset.t1 = String(v.t1);
      wrap.dataset.ticks = ticks(v).times.join(' ');
      wrap.dataset.drawMs = ms.toFixed(2);
      wrap.dataset.drawCount = String(Number(wrap.dataset.drawCount ?? 0) + 1);
      if (first !== null) wrap.dataset.firstDrawMs = first.toFixed(2);
    });
    controller.attach(canvasRef.current, overlayRef.current, cursorRef.current);
    return () => {
      stop();
      controller.attach(null);
    };
  }, [controller]);

  useEffect(() => {
    controller.setScene({ model, index: indexed.value, rows, lang }, end, indexed.ms);
  }, [controller, model, indexed, rows, lang, end]);

  useEffect(() => controller.setCursor(cursor), [controller, cursor]);

  useEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const resize = () => controller.setSize(plot.clientWidth, plotHeight, laneHeight);
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(plot);
    return () => observer.disconnect();
  }, [controller, plotHeight, laneHeight]);

  // Wheel: zoom around the pointer (a sideways wheel or Shift pans). Native, to preventDefault.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const dx = e.deltaX * unit;
      const dy = e.deltaY * unit;
      if (e.shiftKey || Math.abs(dx) > Math.abs(dy)) controller.dragBy(-(e.shiftKey ? dy : dx), 0);
      else controller.zoom(Math.exp(-dy * 0.002), e.clientX - canvas.getBoundingClientRect().left);
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [controller]);

  useImperativeHandle(
    ref,
    () => ({
      view: () => controller.view,
      fit: () => controller.fit(),
      zoom: (factor) => controller.zoom(factor),
      pan: (fraction) => controller.panFraction(fraction),
      svg: () => diagramSvg(model, controller.view, lang, hidden, indexed.value),
      png: (scale = 2) => diagramPng(model, controller.view, lang, scale, hidden, indexed.value),
    }),
    [controller, model, lang, hidden, indexed],
  );

  const point = (e: { clientX: number; clientY: number }) => {
    const r = canvasRef.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const hover = (hit: Hit | null, x: number, y: number) => {
    if (sameHit(hit, controller.hover)) return;
    controller.setHover(hit);
    setTip(hit ? { hit, x, y, model } : null);
  };

  const description = tip && tip.model === model ? describeHit(model, tip.hit, lang) : null;
  const tipLeft = tip && tip.x > controller.view.width - 280;

  return (
    <div
      className="spacetime"
      data-testid="spacetime"
      data-arrows={model.arrows.length}
      data-plot-x={LANE_COLUMN}
      ref={wrapRef}
    >
      <div className="st-toolbar" role="toolbar" aria-label={label}>
        <button
          type="button"
          aria-label={s.panLeft}
          title={s.panLeft}
          onClick={() => controller.panFraction(-0.25)}
        >
          ◀
        </button>
        <button
          type="button"
          aria-label={s.zoomOut}
          title={s.zoomOut}
          onClick={() => controller.zoom(1 / ZOOM_STEP)}
        >
          −
        </button>
        <button
          type="button"
          aria-label={s.zoomIn}
          title={s.zoomIn}
          onClick={() => controller.zoom(ZOOM_STEP)}
        >
          +
        </button>
        <button
          type="button"
          aria-label={s.panRight}
          title={s.panRight}
          onClick={() => controller.panFraction(0.25)}
        >
          ▶
        </button>
        <button type="button" onClick={() => controller.fit()}>
          {s.fit}
        </button>
        {onToggleLane && (
          <details className="st-lanes">
            <summary>
              {s.lanes} ({rowCount}/{model.lanes.length})
            </summary>
            <ul>
              {model.lanes.map((lane) => (
                <li key={lane.name}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!hidden.has(lane.name)}
                      onChange={() => onToggleLane(lane.name)}
                    />
                    {lane.name}
                    {lane.kind === 'queue' && <span className="st-queue">({s.queue})</span>}
                  </label>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <div className="st-plot" ref={plotRef} style={{ height: plotHeight }}>
        <canvas
          ref={canvasRef}
          id={canvasId}
          tabIndex={0}
          role="img"
          aria-label={label}
          aria-describedby={hintId}
          onPointerDown={(e) => {
            if (e.button !== 0) return;
            e.currentTarget.setPointerCapture?.(e.pointerId);
            drag.current = { x: e.clientX, y: e.clientY, moved: false };
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            const p = point(e);
            if (!d) return hover(hitTest(controller.scene!, controller.view, p.x, p.y), p.x, p.y);
            const dx = e.clientX - d.x;
            const dy = e.clientY - d.y;
            if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
            if (!d.moved) {
              d.moved = true;
              e.currentTarget.classList.add('st-dragging');
              hover(null, 0, 0);
            }
            controller.dragBy(dx, dy);
            d.x = e.clientX;
            d.y = e.clientY;
          }}
          onPointerUp={(e) => {
            const d = drag.current;
            drag.current = null;
            e.currentTarget.classList.remove('st-dragging');
            const p = point(e);
            if (d && !d.moved && p.x >= controller.view.left) onSeekTime(controller.timeAt(p.x));
          }}
          onPointerCancel={(e) => {
            drag.current = null;
            e.currentTarget.classList.remove('st-dragging');
          }}
          onPointerLeave={() => {
            if (!drag.current) hover(null, 0, 0);
          }}
          onKeyDown={(e) => {
            const v = controller.view;
            if (e.key === 'ArrowLeft') controller.panFraction(e.shiftKey ? -0.5 : -0.1);
            else if (e.key === 'ArrowRight') controller.panFraction(e.shiftKey ? 0.5 : 0.1);
            else if (e.key === 'ArrowUp') controller.scrollLanes(-v.laneHeight);
            else if (e.key === 'ArrowDown') controller.scrollLanes(v.laneHeight);
            else if (e.key === '+' || e.key === '=') controller.zoom(ZOOM_STEP);
            else if (e.key === '-' || e.key === '_') controller.zoom(1 / ZOOM_STEP);
            else if (e.key === 'Enter') onSeekTime(controller.timeAt(v.left + (v.width - v.left) / 2));
            else if (e.key === 'Escape') hover(null, 0, 0);
            else return;
            e.preventDefault();
          }}
        />
        <canvas ref={overlayRef} className="st-overlay" aria-hidden="true" />
        <div ref={cursorRef} className="st-cursor" aria-hidden="true" />
        {description && tip && (
          <div
            className="st-tip"
            role="tooltip"
            style={{
              left: tipLeft ? undefined : tip.x + 14,
              right: tipLeft ? controller.view.width - tip.x + 14 : undefined,
              top: Math.min(tip.y + 14, plotHeight - 70),
            }}
          >
            <strong>{description.title}</strong>
            {description.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        )}
      </div>
      <TimeScrollbar controller={controller} controls={canvasId} label={s.timeWindow} />
      <p id={hintId} className="visually-hidden">
        {s.keysHint}
      </p>
    </div>
  );
}
