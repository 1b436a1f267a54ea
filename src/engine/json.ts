// The trace as JSON text (SPEC §3): the header on its own lines, then one event per line, so that
// exported traces diff well. Key order is fixed by how events are built, so output is stable.

import type { Trace } from './trace';

/**
 * Serializes a trace; the same trace always gives the same bytes. `goals` (SPEC §7: the verdicts
 * of the scenario's goal lines, in source order) is written after the outcome when given.
 */
export function traceToJson(trace: Trace, goals?: readonly object[]): string {
  const lines = [
    '{',
    `  "format": ${JSON.stringify(trace.format)},`,
    `  "version": ${JSON.stringify(trace.version)},`,
    `  "scenario": ${JSON.stringify(trace.scenario)},`,
    `  "outcome": ${JSON.stringify(trace.outcome)},`,
    ...(goals === undefined
      ? []
      : ['  "goals": [', goals.map((g) => `    ${JSON.stringify(g)}`).join(',\n'), '  ],']),
    '  "events": [',
    trace.events.map((e) => `    ${JSON.stringify(e)}`).join(',\n'),
    '  ]',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
