// Meaning checks on the goal lines (SPEC §7): a `blocked` or `delivered` goal names a process, a
// group (its members added up) or a member that exists. Goals never change the run.

import type { GoalLine } from './ast';
import type { Reporter } from './diagnostics';
import { memberNames } from './faults.check';
import type { Namespace } from './names';

/** Checks the names the goal lines use. */
export function checkGoals(goals: readonly GoalLine[], ns: Namespace, report: Reporter): void {
  for (const g of goals) {
    if (g.kind !== 'blocked' && g.kind !== 'delivered') continue;
    const e = g.target;
    const kind = ns.kindOf(e.name);
    if (kind === null)
      report.at(
        'unknown-name',
        e.span.from,
        e.span.to,
        { kind: 'process', name: e.name },
        ns.hintFor(e.name, ['process', 'group']),
      );
    else if (kind === 'queue' || kind === 'barrier')
      report.at(
        'wrong-kind',
        e.span.from,
        e.span.to,
        { name: e.name, actual: kind, expected: 'process' },
        { id: 'goal-processes' },
      );
    else memberNames(e, ns, report);
  }
}
