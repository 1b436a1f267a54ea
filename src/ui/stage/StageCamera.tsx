import { useEffect, useRef, type ReactNode } from 'react';
import { clampCenter, type View } from './fit';
import { Icon } from './icons';
import type { Point, Rect } from './layout';
import { useStageStrings } from './strings';
import { AUTO, ZOOM_STEP, zoomed, type Camera, type StageBox } from './useCamera';

interface Props {
  camera: Camera;
  setCamera(camera: Camera): void;
  view: View;
  bounds: Rect;
  box: StageBox | null;
  children: ReactNode;
}

/** Pixels a drag must cover before it pans (a shorter one is a click on a process). */
const DRAG_SLOP = 5;
/** Pixels an arrow key moves the view. */
const KEY_STEP = 80;

/**
 * The stage's frame. While the world fits, it only holds the pictures. When it does not fit at a
 * readable size (or the user zoomed), it says so and lets the user move around: drag or scroll to
 * pan, Ctrl+scroll or the buttons to zoom, and from the keyboard arrows, + and −, 0.
 */
export function StageCamera({ camera, setCamera, view, bounds, box, children }: Props) {
  const ss = useStageStrings();
  const wrap = useRef<HTMLDivElement>(null);
  const movable = view.overflow || camera.zoom !== 1;
  const here: Point = { x: view.viewBox.x + view.viewBox.w / 2, y: view.viewBox.y + view.viewBox.h / 2 };
  const pan = (dx: number, dy: number) => {
    const center = clampCenter(bounds, view.viewBox, {
      x: here.x + dx / view.zoom,
      y: here.y + dy / view.zoom,
    });
    setCamera({ ...camera, center });
  };
  const zoomBy = (factor: number) => setCamera(zoomed(camera, factor, here));

  // Wheel: pan, or zoom with Ctrl. A listener of our own, since React's wheel handlers are passive.
  const latest = useRef({ pan, zoomBy, movable });
  useEffect(() => {
    latest.current = { pan, zoomBy, movable };
  });
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!latest.current.movable) return;
      e.preventDefault();
      if (e.ctrlKey) latest.current.zoomBy(e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
      else latest.current.pan(e.shiftKey ? e.deltaY : e.deltaX, e.shiftKey ? 0 : e.deltaY);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const drag = useRef<{ x: number; y: number; center: Point; moved: boolean } | null>(null);
  const dragged = useRef(false);

  return (
    <div
      ref={wrap}
      className={movable ? 'stage-wrap movable' : 'stage-wrap'}
      tabIndex={movable ? 0 : undefined}
      role={movable ? 'group' : undefined}
      aria-label={movable ? ss.panHelp : undefined}
      data-testid="stage-wrap"
      onKeyDown={(e) => {
        // Only the frame itself: arrows on a focused process still step the run.
        if (!movable || e.target !== e.currentTarget) return;
        const moves: Record<string, [number, number]> = {
          ArrowLeft: [-KEY_STEP, 0],
          ArrowRight: [KEY_STEP, 0],
          ArrowUp: [0, -KEY_STEP],
          ArrowDown: [0, KEY_STEP],
        };
        const move = moves[e.key];
        if (move) pan(...move);
        else if (e.key === '+' || e.key === '=') zoomBy(ZOOM_STEP);
        else if (e.key === '-' || e.key === '_') zoomBy(1 / ZOOM_STEP);
        else if (e.key === '0') setCamera(AUTO);
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
      onPointerDown={(e) => {
        if (!movable || e.button !== 0 || (e.target as Element).closest('.stage-camera')) return;
        drag.current = { x: e.clientX, y: e.clientY, center: here, moved: false };
        dragged.current = false;
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        const dx = e.clientX - d.x;
        const dy = e.clientY - d.y;
        if (!d.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
        if (!d.moved) {
          d.moved = true;
          wrap.current?.setPointerCapture(e.pointerId);
        }
        const center = clampCenter(bounds, view.viewBox, {
          x: d.center.x - dx / view.zoom,
          y: d.center.y - dy / view.zoom,
        });
        setCamera({ ...camera, center });
      }}
      onPointerUp={(e) => {
        if (drag.current?.moved) {
          dragged.current = true;
          wrap.current?.releasePointerCapture(e.pointerId);
        }
        drag.current = null;
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onClickCapture={(e) => {
        // The click that ends a drag selects nothing.
        if (dragged.current) {
          dragged.current = false;
          e.stopPropagation();
        }
      }}
    >
      {children}
      {movable && box && (
        <div className="stage-camera">
          {view.overflow && (
            <p className="stage-note" role="status" title={ss.tooBig} aria-label={ss.tooBig}>
              {ss.tooBigShort}
            </p>
          )}
          <div className="stage-zoom" role="toolbar" aria-label={ss.panHelp}>
            <button
              type="button"
              onClick={() => zoomBy(1 / ZOOM_STEP)}
              aria-label={ss.zoomOut}
              title={ss.zoomOut}
            >
              <Icon name="zoomOut" size={20} />
            </button>
            <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label={ss.zoomIn} title={ss.zoomIn}>
              <Icon name="zoomIn" size={20} />
            </button>
            <button type="button" onClick={() => setCamera(AUTO)} aria-label={ss.zoomFit} title={ss.zoomFit}>
              <Icon name="fit" size={20} />
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
