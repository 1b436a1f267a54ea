import { useCallback, useRef } from 'react';

/**
 * The theatre scrolls by itself (the diagram lies below the first screen) while its controls stay
 * stuck in view. Its first screen must leave exactly the controls' height for them, which CSS
 * cannot know when they wrap: this keeps `--controls-h` on the theatre equal to their height.
 */
export function useControlsRoom(): (theatre: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((theatre: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    const controls = theatre?.querySelector<HTMLElement>(':scope > .controls');
    if (!theatre || !controls || typeof ResizeObserver === 'undefined') return;
    const update = () => theatre.style.setProperty('--controls-h', `${controls.offsetHeight}px`);
    update();
    observer.current = new ResizeObserver(update);
    observer.current.observe(controls);
  }, []);
}
