// Narrating a stretch of the trace in order, walking one draft forward instead of seeking to
// every event: what the command-line timeline and the event log need.

import type { Lang } from '../lang/ast';
import type { Trace, TraceEvent } from '../engine/trace';
import { initialDraft, materialize, materializeSome, type Draft } from './draft';
import { draftFromWorld } from './state';
import { narrate, type NarrationClock } from './narration';
import { applyEvent } from './reducer';
import type { Playback } from './index';

/** One sentence per event of `trace`, in order, in `lang` (times in deliveries for an explored run). */
export function* narrateTrace(
  trace: Trace,
  lang: Lang,
  clock: NarrationClock = 'ticks',
): Generator<{ index: number; sentence: string }> {
  const d = initialDraft(trace);
  for (let k = 0; k < trace.events.length; k++) {
    const event = trace.events[k]!;
    applyEvent(d, event, k);
    yield { index: k, sentence: narrate(event, materialize(d), lang, clock) };
  }
}

/** Narrated sentences of a playback, per language, and a draft walking forward through its events. */
interface Narrator {
  sentences: Record<Lang, Map<number, string>>;
  /** The draft after `index` events. */
  draft: Draft | null;
  index: number;
}

const narrators = new WeakMap<Playback, Narrator>();
/** Further than this ahead, seeking is cheaper than walking. */
const WALK = 512;

/**
 * The sentence for `events[k]` of a playback's trace. Each is made once per language and kept;
 * consecutive ones (a log scrolling with playback) cost one step of a walking draft each.
 */
export function sentenceAt(
  playback: Playback,
  k: number,
  lang: Lang,
  clock: NarrationClock = 'ticks',
): string {
  let n = narrators.get(playback);
  if (!n)
    narrators.set(playback, (n = { sentences: { en: new Map(), ko: new Map() }, draft: null, index: 0 }));
  const cached = n.sentences[lang].get(k);
  if (cached !== undefined) return cached;
  if (!n.draft || n.index > k || k - n.index > WALK) {
    n.draft = draftFromWorld(playback.stateAt(k));
    n.index = k;
  }
  const events = playback.trace.events;
  let text = '';
  while (n.index <= k) {
    const event = events[n.index]!;
    applyEvent(n.draft, event, n.index);
    n.index++;
    const known = n.sentences[lang].get(n.index - 1);
    text = known ?? narrate(event, narrationWorld(n.draft, event), lang, clock);
    n.sentences[lang].set(n.index - 1, text);
  }
  return text;
}

/** The World narration needs for `event`: only the processes it names, or everything at the end. */
function narrationWorld(d: Draft, event: TraceEvent): ReturnType<typeof materialize> {
  if (event.type === 'run.end') return materialize(d);
  const names = new Set<string>();
  if ('process' in event) names.add(event.process);
  if (event.type === 'msg.send') names.add(event.from).add(event.to);
  if (event.type === 'barrier.release') for (const p of event.processes) names.add(p);
  if ('id' in event) {
    const m = d.messages.get(event.id);
    if (m) names.add(m.from).add(m.to);
  }
  if (event.type === 'msg.deliver') names.add(event.to);
  // A taken synchronous message is no longer live: its sender (who may still wait for the
  // acknowledgement) is found through what the receiver took.
  if (event.type === 'msg.recv') {
    const taken = d.procs[d.procAt.get(event.process) ?? -1]?.lastTaken;
    if (taken) names.add(taken.from);
  }
  return materializeSome(d, names);
}
