// Icons drawn as SVG, so they look the same whatever fonts the machine has: a lab PC without an
// emoji font would show ⛔ or ⏱ as empty boxes.

/** Filled shapes (24×24). */
const FILLED = {
  restart: 'M5 5h2.5v14H5zM19 5v14L8.5 12z',
  back: 'M16 5h2.5v14H16zM14 5v14L3.5 12z',
  play: 'M7 4.5v15L19.5 12z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
  forward: 'M5.5 5H8v14H5.5zM10 5v14l10.5-7z',
  end: 'M16.5 5H19v14h-2.5zM4.5 5v14L15 12z',
  caretRight: 'M9 6.5v11l7.5-5.5z',
  caretLeft: 'M15 6.5v11L7.5 12z',
  // A no-entry sign: a disc with a bar cut out of it.
  noEntry: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM6 10.5v3h12v-3z',
} as const;

/** Line drawings (24×24), stroked with the text color. */
const STROKED = {
  check: 'M4.5 12.5l5 5L19.5 7',
  cross: 'M6 6l12 12M18 6L6 18',
  // A cup with steam: the run is idle, everyone waits.
  cup: 'M4.5 10h11v4a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5zM15.5 11h1.5a2.5 2.5 0 0 1 0 5h-1.5M8 3.5v3M12 3.5v3',
  stopwatch: 'M12 21a7.5 7.5 0 1 0 0-15a7.5 7.5 0 1 0 0 15zM12 9.5v4l2.5 2M9.5 2.5h5M12 2.5v3.5',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.3 15.3L20.5 20.5',
  enlarge: 'M14 4h6v6M20 4l-6.5 6.5M10 20H4v-6M4 20l6.5-6.5',
  shrink: 'M4 10h6V4M10 10L3.5 3.5M20 14h-6v6M14 14l6.5 6.5',
  // Curved arrows back and forward: undo and redo.
  undo: 'M9 5L4.5 9.5L9 14M4.5 9.5H14a5.5 5.5 0 0 1 0 11h-3',
  redo: 'M15 5l4.5 4.5L15 14M19.5 9.5H10a5.5 5.5 0 0 0 0 11h3',
} as const;

export type IconName = keyof typeof FILLED | keyof typeof STROKED;

/** A 24×24 icon that takes the text color; `size` in pixels or CSS units (default 22 px). */
export function Icon({ name, size = 22 }: { name: IconName; size?: number | string }) {
  const stroked = name in STROKED;
  return (
    <svg
      className={`icon icon-${name}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {stroked ? (
        <path
          d={STROKED[name as keyof typeof STROKED]}
          fill="none"
          stroke="currentColor"
          strokeWidth={2.4}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : (
        <path d={FILLED[name as keyof typeof FILLED]} fill="currentColor" fillRule="evenodd" />
      )}
    </svg>
  );
}

/** The app's mark: two processes and a message between them (was ●→● in text). */
export function Logo() {
  return (
    <svg className="logo" width="42" height="18" viewBox="0 0 42 18" aria-hidden="true" focusable="false">
      <circle cx="7" cy="9" r="6" fill="currentColor" />
      <circle cx="35" cy="9" r="6" fill="currentColor" />
      <path d="M14 9h11" stroke="currentColor" strokeWidth="2.4" />
      <path d="M24 4.5L29.5 9L24 13.5z" fill="currentColor" />
    </svg>
  );
}
