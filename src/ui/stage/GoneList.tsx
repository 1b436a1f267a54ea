import type { MessageKind } from '../../engine/trace';
import type { GoneView } from '../../playback/world';
import type { StageStrings } from './strings';

interface Props {
  lost: readonly GoneView[];
  dropped: readonly GoneView[];
  kinds: Record<MessageKind, string>;
  ss: StageStrings;
  /** Whether the run's clock counts deliveries (a run the explorer found), not ticks. */
  deliveries: boolean;
}

/** Entries shown per list; older ones are counted ("+3 earlier"). */
const SHOWN = 3;

/**
 * The messages lost so far, and the answers dropped for coming too late, in a small strip over
 * the stage's bottom edge: "Lost: #2 reply Server → Client · t=7". The newest few are shown.
 * The cross and the arrow are drawn, not typed: a lab PC may lack a font with those symbols.
 */
export function GoneList({ lost, dropped, kinds, ss, deliveries }: Props) {
  if (lost.length === 0 && dropped.length === 0) return null;
  return (
    <div className="stage-gone" data-testid="gone-list">
      {lost.length > 0 && (
        <Row
          heading={ss.lostHeading}
          list={lost}
          kinds={kinds}
          ss={ss}
          deliveries={deliveries}
          testid="lost-list"
        />
      )}
      {dropped.length > 0 && (
        <Row
          heading={ss.droppedHeading}
          list={dropped}
          kinds={kinds}
          ss={ss}
          deliveries={deliveries}
          testid="dropped-list"
        />
      )}
    </div>
  );
}

function Row({
  heading,
  list,
  kinds,
  ss,
  deliveries,
  testid,
}: {
  heading: string;
  list: readonly GoneView[];
  kinds: Record<MessageKind, string>;
  ss: StageStrings;
  deliveries: boolean;
  testid: string;
}) {
  const shown = list.slice(-SHOWN);
  const hidden = list.length - shown.length;
  return (
    <p className={`stage-gone-row ${testid}`} data-testid={testid} data-count={list.length}>
      <strong className="stage-gone-heading">
        <Cross />
        {heading}
        {list.length > 1 ? ` (${list.length})` : ''}:
      </strong>
      {hidden > 0 && <span className="stage-gone-more">{ss.earlier(hidden)}</span>}
      {shown.map((g) => {
        const title = ss.goneTitle(kinds[g.kind], g.id, g.from, g.to, g.at, g.why, deliveries);
        return (
          <span key={g.id} className="stage-gone-item" title={title}>
            #{g.id} {kinds[g.kind]} {g.from}
            <Arrow />
            {g.to} · {ss.when(g.at, deliveries)}
          </span>
        );
      })}
    </p>
  );
}

function Cross() {
  return (
    <svg className="stage-gone-cross" viewBox="0 0 12 12" width="0.8em" height="0.8em" aria-hidden="true">
      <path d="M2 2L10 10M10 2L2 10" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}

/** An arrow that reads as "to" (kept in the accessible text as a space). */
function Arrow() {
  return (
    <>
      {' '}
      <svg className="stage-gone-arrow" viewBox="0 0 16 10" width="1em" height="0.65em" aria-hidden="true">
        <path d="M1 5H14M10 1.5L14 5L10 8.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>{' '}
    </>
  );
}
