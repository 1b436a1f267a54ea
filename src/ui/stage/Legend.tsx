import { useStrings } from '../i18n';
import { KIND_STYLE, MESSAGE_KINDS, shapePath } from './kinds';

/** What each message shape means. */
export function Legend() {
  const s = useStrings();
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
    </ul>
  );
}
