import { useStrings } from '../i18n';
import { KIND_STYLE, MESSAGE_KINDS, shapePath } from './kinds';
import { useStageStrings } from './strings';

/** What each message shape means, and what the worker/line mark on a process says. */
export function Legend() {
  const s = useStrings();
  const ss = useStageStrings();
  return (
    <ul className="legend" aria-label={s.legend}>
      {MESSAGE_KINDS.map((kind) => (
        <li key={kind}>
          <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
            <path d={shapePath(KIND_STYLE[kind].shape, 5.5)} fill={KIND_STYLE[kind].color} />
          </svg>
          {s.kinds[kind]}
        </li>
      ))}
      <li className="legend-mark">{ss.markLegend}</li>
    </ul>
  );
}
