// Meaning checks on the fault lines (SPEC §6 rule 1): what their names stand for, and that every
// `restart` has a `crash` before it for each member it names.

import type { FaultEnd, FaultLine } from './ast';
import type { DiagnosticCode, Hint, Params, Reporter } from './diagnostics';
import type { Namespace } from './names';

/** Checks the fault lines' names and restarts; returns the lines whose names all resolve. */
export function checkFaults(faults: readonly FaultLine[], ns: Namespace, report: Reporter): void {
  const at = (e: FaultEnd, code: DiagnosticCode, params: Params, hint: Hint | null = null) =>
    report.at(code, e.span.from, e.span.to, params, hint);

  /** Resolves a `crash`/`restart` target to the members it names (null when it is wrong). */
  const processEnd = (e: FaultEnd): string[] | null => {
    const kind = ns.kindOf(e.name);
    if (kind === null) {
      at(e, 'unknown-name', { kind: 'process', name: e.name }, ns.hintFor(e.name, ['process', 'group']));
      return null;
    }
    if (kind === 'queue' || kind === 'barrier') {
      at(e, 'wrong-kind', { name: e.name, actual: kind, expected: 'process' }, { id: 'crash-processes' });
      return null;
    }
    return memberNames(e, ns, report);
  };

  /** Resolves a `lose`/`delay`/`cut` end (a process, group, member or queue). */
  const messageEnd = (e: FaultEnd): void => {
    const kind = ns.kindOf(e.name);
    if (kind === null)
      at(
        e,
        'unknown-name',
        { kind: 'process or queue', name: e.name },
        ns.hintFor(e.name, ['process', 'group', 'queue']),
      );
    else if (kind === 'barrier')
      at(e, 'wrong-kind', { name: e.name, actual: kind, expected: 'process or queue' });
    else if (kind === 'queue' && e.index !== null) at(e, 'not-a-group', { name: e.name });
    else memberNames(e, ns, report);
  };

  // Every instance's crash times, to check the restarts against (whatever the source order).
  const crashes = new Map<string, number[]>();
  const restarts: { line: FaultLine & { kind: 'restart' }; names: string[] }[] = [];
  for (const f of faults) {
    if (f.kind === 'crash' || f.kind === 'restart') {
      const names = processEnd(f.target);
      if (!names) continue;
      if (f.kind === 'restart') restarts.push({ line: f, names });
      else
        for (const n of names) {
          const list = crashes.get(n);
          if (list) list.push(f.at);
          else crashes.set(n, [f.at]);
        }
    } else {
      messageEnd(f.a);
      messageEnd(f.b);
    }
  }
  for (const { line, names } of restarts) {
    const missing = names.find((n) => !(crashes.get(n) ?? []).some((t) => t < line.at));
    if (missing === undefined) continue;
    report.at(
      'restart-without-crash',
      line.span.from,
      line.span.to,
      { name: missing, at: line.at },
      { id: 'add-crash', params: { name: missing, at: line.at } },
    );
  }
}

/** The instance names a process end stands for (fault lines and goals); reports an index that does not fit. */
export function memberNames(e: FaultEnd, ns: Namespace, report: Reporter): string[] | null {
  const at = (code: DiagnosticCode, params: Params, hint: Hint | null = null) =>
    report.at(code, e.span.from, e.span.to, params, hint);
  const decl = ns.process(e.name);
  if (!decl) return null;
  const g = decl.group;
  if (!g) {
    if (e.index === null) return [e.name];
    at('not-a-group', { name: e.name });
    return null;
  }
  if (e.index === null) {
    const all: string[] = [];
    for (let k = g.first; k <= g.last; k++) all.push(`${e.name}[${k}]`);
    return all;
  }
  if (e.index < g.first || e.index > g.last) {
    at(
      'index-out-of-range',
      { name: e.name, index: e.index },
      { id: 'members-range', params: { name: e.name, first: g.first, last: g.last } },
    );
    return null;
  }
  return [`${e.name}[${e.index}]`];
}
