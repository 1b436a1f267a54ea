import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../../store';
import { place, type Box, type Placement } from './place';
import { markTourDone } from './seen';
import { prefersReducedMotion } from '../reducedMotion';
import { findTarget, TOUR_STEPS } from './steps';
import { TOUR_STRINGS } from './strings';
import './tour.css';

/** Below this width the caption is a sheet along the bottom of the window instead of a bubble. */
const NARROW = 640;
/** How long a step waits for its target to appear (the stage comes after the first run) before it shows anyway. */
const PATIENCE_MS = 1200;
/** Layout changes that no event announces (a panel growing, text wrapping) are caught this often. */
const REMEASURE_MS = 200;
/** Room between a target and the ring drawn around it. */
const RING_PAD = 4;
/** Room left around a target scrolled into view. */
const SCROLL_ROOM = 16;

type Layout = { step: number } & (
  { mode: 'beside'; placement: Placement; ring: Box } | { mode: 'sheet'; placement: null; ring: Box | null }
);

const sameLayout = (a: Layout | null, b: Layout | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The part of an element that shows in the window: cut by every scrolling ancestor (the side
 * column scrolls by itself) and by the window, so the ring never reaches past what the eye sees.
 */
function visibleBox(el: HTMLElement): Box {
  const r = el.getBoundingClientRect();
  let left = Math.max(r.left, RING_PAD);
  let top = Math.max(r.top, RING_PAD);
  let right = Math.min(r.right, document.documentElement.clientWidth - RING_PAD);
  let bottom = Math.min(r.bottom, window.innerHeight - RING_PAD);
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    if (getComputedStyle(p).overflow === 'visible') continue;
    const c = p.getBoundingClientRect();
    left = Math.max(left, c.left);
    top = Math.max(top, c.top);
    right = Math.min(right, c.right);
    bottom = Math.min(bottom, c.bottom);
  }
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** Where each part of the page that the tour scrolled was before it did. */
type Scrolls = Map<Element, { top: number; left: number }>;

/** Notes where `el`'s scrolling ancestors and the page are scrolled, unless noted already. */
function rememberScrolls(el: HTMLElement, scrolls: Scrolls): void {
  const parts: Element[] = [document.scrollingElement ?? document.documentElement];
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
    if (/auto|scroll/.test(getComputedStyle(p).overflowY + getComputedStyle(p).overflowX)) parts.push(p);
  for (const p of parts) if (!scrolls.has(p)) scrolls.set(p, { top: p.scrollTop, left: p.scrollLeft });
}

/** Puts every part the tour scrolled back where it was: the tour leaves the page as it found it. */
function restoreScrolls(scrolls: Scrolls): void {
  for (const [p, at] of scrolls) if (p.isConnected) p.scrollTo({ ...at, behavior: 'auto' });
  scrolls.clear();
}

/** Scrolls just enough to show `el` with some room around it, its top first if it is too tall. */
function bringIntoView(el: HTMLElement, coveredBelow: number, scrolls: Scrolls): void {
  rememberScrolls(el, scrolls);
  const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    // Inside a part of the page that scrolls by itself, the browser knows best.
    if (/auto|scroll/.test(getComputedStyle(p).overflowY) && p.scrollHeight > p.clientHeight) {
      el.scrollIntoView({ block: 'nearest', behavior });
      return;
    }
  }
  const r = el.getBoundingClientRect();
  const room = window.innerHeight - coveredBelow;
  let by = 0;
  if (r.top < SCROLL_ROOM || r.height > room - 2 * SCROLL_ROOM) by = r.top - SCROLL_ROOM;
  else if (r.bottom > room - SCROLL_ROOM) by = r.bottom - room + SCROLL_ROOM;
  if (by !== 0) window.scrollBy({ top: by, behavior });
}

/** The first-visit tour: one caption at a time, anchored to the part of the page it talks about. */
export default function Tour({ onClose }: { onClose: () => void }) {
  const lang = useApp((s) => s.lang);
  const presenter = useApp((s) => s.presenter);
  const helpOpen = useApp((s) => s.help !== null);
  const compare = useApp((s) => s.compare !== null);
  const t = TOUR_STRINGS[lang];
  const [step, setStep] = useState(0);
  const [layout, setLayout] = useState<Layout | null>(null);
  const caption = useRef<HTMLDivElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const scrolledTo = useRef(-1);
  const scrolls = useRef<Scrolls>(new Map());
  const titleId = useId();
  const current = TOUR_STEPS[step]!;
  const last = step === TOUR_STEPS.length - 1;
  // The page belongs to the teacher while help, presenter mode or the compare view is up.
  const hidden = helpOpen || presenter || compare;

  const close = useCallback(() => {
    markTourDone();
    const back = returnFocus.current;
    const focusInside = caption.current?.contains(document.activeElement) ?? false;
    onClose();
    restoreScrolls(scrolls.current);
    if (focusInside && back instanceof HTMLElement && back.isConnected && back !== document.body)
      back.focus();
  }, [onClose]);

  // Presenter mode means someone who knows the app is at the front of the room.
  useEffect(() => {
    if (presenter) close();
  }, [presenter, close]);

  // Follow the target, in window coordinates, as the page lays itself out, scrolls and resizes.
  useLayoutEffect(() => {
    if (hidden) return;
    const started = performance.now();
    const measure = () => {
      const box = caption.current;
      if (!box) return;
      const target = findTarget(current);
      let next: Layout | null;
      if (!target) {
        const waiting = performance.now() - started < PATIENCE_MS;
        next = waiting ? null : { step, mode: 'sheet', placement: null, ring: null };
      } else {
        const seen = visibleBox(target);
        const ring = seen.width > 0 && seen.height > 0 ? seen : null;
        const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
        const size = { width: box.offsetWidth, height: box.offsetHeight };
        // Scrolled out of sight, or no room for a bubble: a card along the bottom of the window.
        next =
          view.width < NARROW || !ring
            ? { step, mode: 'sheet', placement: null, ring }
            : { step, mode: 'beside', ring, placement: place(ring, size, view, current.prefer) };
      }
      setLayout((prev) => (sameLayout(prev, next) ? prev : next));
    };
    let frame = 0;
    const soon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    measure();
    const timer = setInterval(measure, REMEASURE_MS);
    window.addEventListener('resize', soon);
    // Capturing catches the scrolling of any part of the page, not only the window.
    window.addEventListener('scroll', soon, { capture: true, passive: true });
    return () => {
      clearInterval(timer);
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', soon);
      window.removeEventListener('scroll', soon, { capture: true });
    };
  }, [current, step, lang, hidden]);

  // Each step brings its target into view once, when its caption first shows.
  const shown = layout !== null && !hidden;
  useEffect(() => {
    if (!shown || layout.step !== step || scrolledTo.current === step) return;
    scrolledTo.current = step;
    const target = findTarget(current);
    // A sheet covers the bottom of the window: the target must show above it.
    const below = layout.mode === 'sheet' ? (caption.current?.offsetHeight ?? 0) + 8 : 0;
    if (target) bringIntoView(target, below, scrolls.current);
  }, [shown, step, layout, current]);

  // Focus moves to the caption once it is shown, and comes back when the tour ends.
  useEffect(() => {
    if (!shown || returnFocus.current) return;
    returnFocus.current = document.activeElement;
    caption.current?.focus({ preventScroll: true });
  }, [shown]);
  useEffect(() => {
    // The Back button vanishes on the first step; keep focus in the caption when it does.
    if (document.activeElement === document.body && returnFocus.current) nextButton.current?.focus();
  }, [step]);

  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, close]);

  if (hidden) return null;
  const text = t.steps[current.id];
  const placement = layout?.placement ?? null;
  const style = placement
    ? { left: placement.left, top: placement.top, ['--tour-arrow' as string]: `${placement.arrow}px` }
    : undefined;

  return createPortal(
    <>
      {layout?.ring && (
        <div
          className="tour-ring"
          aria-hidden="true"
          style={{
            left: layout.ring.left - RING_PAD,
            top: layout.ring.top - RING_PAD,
            width: layout.ring.width + 2 * RING_PAD,
            height: layout.ring.height + 2 * RING_PAD,
          }}
        />
      )}
      <div
        ref={caption}
        className={`tour-caption ${layout ? `tour-${layout.mode}` : 'tour-measuring'}`}
        data-side={placement?.side}
        data-step={current.id}
        data-testid="tour"
        role="dialog"
        aria-modal="false"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-body`}
        tabIndex={-1}
        lang={lang}
        style={style}
      >
        <div className="tour-top">
          <span className="tour-counter" aria-hidden="true">
            {t.counter(step + 1, TOUR_STEPS.length)}
          </span>
          <span className="visually-hidden">{t.label(step + 1, TOUR_STEPS.length)}</span>
          <button type="button" className="tour-skip" onClick={close} aria-label={t.skipLabel}>
            {t.skip}
          </button>
        </div>
        <h2 id={titleId} className="tour-title">
          {text.title}
        </h2>
        <p id={`${titleId}-body`} className="tour-body" aria-live="polite">
          {text.body}
        </p>
        <div className="tour-actions">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t.back}
            </button>
          )}
          <button
            ref={nextButton}
            type="button"
            className="tour-next"
            onClick={() => (last ? close() : setStep(step + 1))}
          >
            {last ? t.done : t.next}
          </button>
        </div>
      </div>
    </>,
    document.body,
  );
}
