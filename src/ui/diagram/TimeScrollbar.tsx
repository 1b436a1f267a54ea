// A horizontal scrollbar for the time window: the thumb is the window, the track the whole run.
// Updated imperatively after each frame, so scrolling never re-renders React.

import { useEffect, useRef } from 'react';
import type { DiagramController } from './controller';
import { reach, type View } from './view';

/** The track: every time the current window may reach. */
function extent(v: View, end: number) {
  const { lo, hi } = reach(v, end, v.t1 - v.t0);
  return { lo, total: hi - lo };
}

export function TimeScrollbar(props: { controller: DiagramController; controls: string; label: string }) {
  const { controller } = props;
  const trackRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; t0: number } | null>(null);

  useEffect(() => {
    const track = trackRef.current;
    const thumb = thumbRef.current;
    if (!track || !thumb) return;
    return controller.subscribe((v) => {
      const { lo, total } = extent(v, controller.end);
      const span = v.t1 - v.t0;
      track.style.marginLeft = `${v.left + 1}px`;
      thumb.style.left = `${(100 * (v.t0 - lo)) / total}%`;
      thumb.style.width = `${(100 * span) / total}%`;
      const free = total - span;
      track.setAttribute('aria-valuenow', String(free > 0 ? Math.round((100 * (v.t0 - lo)) / free) : 0));
    });
  }, [controller]);

  return (
    <div
      ref={trackRef}
      className="st-scroll"
      role="scrollbar"
      aria-controls={props.controls}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={0}
      aria-label={props.label}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        const v = controller.view;
        if (e.target !== thumbRef.current) {
          // A click on the track centres the window there.
          const r = e.currentTarget.getBoundingClientRect();
          const { lo, total } = extent(v, controller.end);
          const t = lo + ((e.clientX - r.left) / r.width) * total;
          controller.scrollTo(t - (v.t1 - v.t0) / 2);
        }
        drag.current = { x: e.clientX, t0: controller.view.t0 };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        const width = e.currentTarget.getBoundingClientRect().width;
        controller.scrollTo(
          d.t0 + ((e.clientX - d.x) / width) * extent(controller.view, controller.end).total,
        );
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    >
      <div ref={thumbRef} className="st-thumb" />
    </div>
  );
}
