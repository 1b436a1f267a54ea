import { useEffect, useRef, type RefObject } from 'react';

/** Scrolls `box` (not the page) so that `row`, one of its positioned children, is in view. */
export function scrollWithin(box: HTMLElement | null, row: HTMLElement | null | undefined): void {
  if (!box || !row) return;
  const top = row.offsetTop;
  if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight)
    box.scrollTop = Math.max(0, top - box.clientHeight / 2);
}

/** Minimum time between two follows: reading positions forces a layout, too costly every frame. */
const FOLLOW_EVERY_MS = 200;

/**
 * Keeps the row that `find` picks in view of `box` whenever `key` changes, at most every 200 ms
 * (and once more when the changes stop).
 */
export function useFollow(
  box: RefObject<HTMLElement | null>,
  find: (box: HTMLElement) => HTMLElement | null,
  key: unknown,
): void {
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const finder = useRef(find);
  useEffect(() => {
    finder.current = find;
  });
  useEffect(() => {
    const follow = () => {
      last.current = performance.now();
      if (box.current) scrollWithin(box.current, finder.current(box.current));
    };
    clearTimeout(pending.current);
    const wait = last.current + FOLLOW_EVERY_MS - performance.now();
    if (wait <= 0) follow();
    else pending.current = setTimeout(follow, wait);
    return () => clearTimeout(pending.current);
  }, [box, key]);
}
