// Words for the element under the pointer: what the tooltip shows.

import { STRINGS } from '../../i18n/strings';
import type { DiagramModel } from '../../playback/diagramModel';
import type { Hit } from './hit';
import { DIAGRAM_STRINGS, type DiagramLang } from './strings';

export interface Description {
  title: string;
  lines: string[];
}

/** A time as the trace has it, to two decimals at most. */
const t = (x: number) => String(Math.round(x * 100) / 100);

/** A title and detail lines for a hit, in the given language. */
export function describeHit(model: DiagramModel, hit: Hit, lang: DiagramLang): Description {
  const s = DIAGRAM_STRINGS[lang];
  const name = (lane: number) => model.lanes[lane]?.name ?? '?';
  switch (hit.kind) {
    case 'lane': {
      const lane = model.lanes[hit.lane]!;
      return { title: lane.name, lines: [lane.kind === 'queue' ? s.queue : s.process] };
    }
    case 'arrow': {
      const a = model.arrows[hit.index]!;
      return {
        title: `${s.message} #${a.id} · ${STRINGS[lang].kinds[a.kind]}`,
        lines: [
          `${name(a.fromLane)} → ${name(a.toLane)}`,
          a.fate && a.fate.why !== 'late'
            ? `${s.sentAt} ${t(a.sentAt)} · ${s.fate(a.fate.why, t(a.fate.at))}`
            : a.deliverIndex === null
              ? `${s.sentAt} ${t(a.sentAt)} · ${s.notDelivered}`
              : `${s.sentAt} ${t(a.sentAt)} · ${s.deliveredAt} ${t(a.deliverAt)}`,
          ...(a.fate?.why === 'late' ? [s.fate('late', t(a.fate.at))] : []),
        ],
      };
    }
    case 'wait': {
      const w = model.waits[hit.index]!;
      const lines = [`${name(w.lane)}${w.on ? ` · ${s.on} ${w.on}` : ''}`];
      lines.push(
        w.open
          ? `${t(w.from)} → (${s.neverEnded})`
          : `${t(w.from)} → ${t(w.to)} (${s.ticks(Number(t(w.to - w.from)))})`,
      );
      if (w.ended) lines.push(w.ended === 'timeout' ? s.gaveUp : s.crashed);
      return { title: `${s.wait}: ${s.reasons[w.reason]}`, lines };
    }
    case 'bar': {
      const b = model.bars[hit.index]!;
      return {
        title: s.compute,
        lines: [name(b.lane), `${t(b.from)} → ${t(b.to)} (${s.ticks(Number(t(b.to - b.from)))})`],
      };
    }
    case 'band': {
      const b = model.bands[hit.index]!;
      return {
        title: `${s.barrier} ${b.barrier} · ${s.generation} ${b.generation}`,
        lines: [
          `${s.firstArrival} ${t(b.firstArrival)} · ${b.release === null ? s.notReleased : `${s.release} ${t(b.release)}`}`,
          `${s.members}: ${b.lanes.map(name).join(', ')}`,
        ],
      };
    }
  }
}
