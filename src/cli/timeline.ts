// The readable timeline the command-line tool prints: the scenario's title, one narrated line per
// event (captions written for the other language are left out), and the outcome.

import type { Lang } from '../lang/ast';
import type { Trace } from '../engine/trace';
import { narrateTrace } from '../playback/log';
import { BOOKS, describeOutcome, writtenFor } from '../playback/narration';

/** The run as text, one line per event, ending with the outcome. */
export function formatTimeline(trace: Trace, lang: Lang = 'en'): string {
  const title = trace.scenario.titles[lang] ?? trace.scenario.title;
  const out = [title, '='.repeat(Math.min(72, [...title].length))];
  for (const { index, sentence } of narrateTrace(trace, lang)) {
    const e = trace.events[index]!;
    if (!writtenFor(e, lang)) continue;
    if (e.type === 'run.end') continue;
    out.push(sentence);
    if (e.type === 'ask' && e.answer !== null) out.push(`    ${BOOKS[lang].answer(e.answer)}`);
  }
  const label = lang === 'ko' ? '결과' : 'Outcome';
  out.push('', `${label}: ${describeOutcome(trace.outcome, lang)}`, '');
  return out.join('\n');
}
