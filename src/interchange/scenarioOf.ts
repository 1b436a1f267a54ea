// A trace read from a file has no scenario text: the stage still needs the scenario's shape (its
// processes, queues and barriers, its titles) to lay the world out. This builds that shape from the
// trace's header, with empty programs: it is for drawing, never for running.

import { NO_SPAN } from '../lang/span';
import { emptyScenario } from '../lang';
import type { Lang, Scenario } from '../lang/ast';
import type { Trace } from '../engine/trace';

/** The scenario a trace's header describes: every process, queue and barrier, no statements. */
export function scenarioOfTrace(trace: Trace): Scenario {
  const { scenario: head } = trace;
  const titles = (Object.entries(head.titles) as [Lang, string][]).map(([lang, text]) => ({
    lang,
    text,
    span: NO_SPAN,
  }));
  return {
    ...emptyScenario(),
    titles: titles.length > 0 ? titles : [{ lang: null, text: head.title, span: NO_SPAN }],
    processes: head.processes.map((name) => ({
      name,
      nameSpan: NO_SPAN,
      group: null,
      body: [],
      span: NO_SPAN,
    })),
    instances: head.processes.map((name, decl) => ({ name, decl, i: null, n: null })),
    queues: head.queues.map((q) => ({ name: q.name, capacity: q.capacity, declared: true, span: null })),
    barriers: head.barriers.map((b) => ({
      name: b.name,
      parties: b.parties,
      partiesDeclared: true,
      declared: true,
      span: null,
    })),
    failures: trace.outcome.crashed !== undefined,
  };
}
