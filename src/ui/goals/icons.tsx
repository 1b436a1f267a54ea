// The goals' icons, drawn as SVG like the controls' (a lab PC may lack the fonts for ✓ or ✗).

export type GoalIconName = 'met' | 'notMet' | 'pending' | 'errors' | 'solved';

/** 24×24 line drawings, stroked with the text color. */
const PATHS: Record<GoalIconName, string> = {
  met: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19zM7.5 12.5l3 3l6-6.5',
  notMet: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19zM8.5 8.5l7 7M15.5 8.5l-7 7',
  // An hourglass: not yet known.
  pending: 'M7 3.5h10M7 20.5h10M8 3.5c0 5 8 5 8 8.5s-8 3.5-8 8.5M16 3.5c0 5-8 5-8 8.5s8 3.5 8 8.5',
  // A triangle with a mark: the text must be fixed first.
  errors: 'M12 3.5L21.5 20h-19zM12 9.5v5M12 17.2v.3',
  // A star: every goal met.
  solved: 'M12 2.8l2.8 5.9l6.4.8l-4.7 4.4l1.2 6.4L12 17.2l-5.7 3.1l1.2-6.4L2.8 9.5l6.4-.8z',
};

/** A goal icon that takes the text color; decorative (the words say the same). */
export function GoalIcon({ name, size = '1.2em' }: { name: GoalIconName; size?: number | string }) {
  return (
    <svg
      className={`goal-icon-svg goal-icon-${name}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill={name === 'solved' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={2.2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
