// Fault lines (`crash`, `restart`, `lose`, `delay`, `cut`) happen at times, and the untimed model
// has none: the explorer ignores them and says so (SPEC §8). `--lose K` is its way to lose messages.

import type { Scenario, Span } from '../lang/ast';

export interface IgnoredFault {
  /** The fault line's first word. */
  kind: 'crash' | 'restart' | 'lose' | 'delay' | 'cut';
  span: Span;
  message: string;
}

/** One warning per fault line of the scenario, in source order. */
export function ignoredFaults(scenario: Scenario): IgnoredFault[] {
  return scenario.faults.map((f) => ({
    kind: f.kind,
    span: f.span,
    message: `\`${f.kind}\` happens at a time, and every order has no clock: the search ignores this line (use --lose K to let the network lose messages)`,
  }));
}
