// Playback icons drawn as SVG, so they look the same whatever fonts the machine has.

const PATHS = {
  restart: 'M5 5h2.5v14H5zM19 5v14L8.5 12z',
  back: 'M16 5h2.5v14H16zM14 5v14L3.5 12z',
  play: 'M7 4.5v15L19.5 12z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
  forward: 'M5.5 5H8v14H5.5zM10 5v14l10.5-7z',
  end: 'M16.5 5H19v14h-2.5zM4.5 5v14L15 12z',
} as const;

export type IconName = keyof typeof PATHS;

/** A 24×24 playback icon that takes the text color. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
