// Small tree helpers shared by the checker (and useful to anyone reading a Scenario).

import type { Stmt } from './ast';

/** Calls `fn` on every statement of a body, nested ones included, in source order. */
export function forEachStmt(body: readonly Stmt[], fn: (s: Stmt) => void): void {
  for (const s of body) {
    fn(s);
    if (s.kind === 'repeat' || s.kind === 'loop') forEachStmt(s.body, fn);
    else if (s.kind === 'if') {
      forEachStmt(s.then, fn);
      if (s.else) forEachStmt(s.else, fn);
    }
  }
}

/** What the checker needs to know about one program: does it ever receive, which barriers it meets. */
export interface ProgramFacts {
  hasRecv: boolean;
  barriers: Set<string>;
}

/** Collects the facts of one program (unreachable statements included: "contains" is textual). */
export function programFacts(body: readonly Stmt[]): ProgramFacts {
  const facts: ProgramFacts = { hasRecv: false, barriers: new Set() };
  forEachStmt(body, (s) => {
    if (s.kind === 'recv') facts.hasRecv = true;
    else if (s.kind === 'barrier') facts.barriers.add(s.barrier.name);
  });
  return facts;
}

/** The queues and barriers a program uses (textually, unreachable statements included). */
export function queuesAndBarriers(body: readonly Stmt[]): { queues: Set<string>; barriers: Set<string> } {
  const used = { queues: new Set<string>(), barriers: new Set<string>() };
  forEachStmt(body, (s) => {
    if (s.kind === 'publish' || s.kind === 'consume') used.queues.add(s.queue.name);
    else if (s.kind === 'barrier') used.barriers.add(s.barrier.name);
  });
  return used;
}

/** Whether a body can `break` out of its own `repeat` or `loop`: a `break` in it or in its `if`s,
 *  not one inside a nested `repeat` or `loop` (that one leaves the nested block). */
export function canBreak(body: readonly Stmt[]): boolean {
  return body.some(
    (s) =>
      s.kind === 'break' || (s.kind === 'if' && (canBreak(s.then) || (s.else !== null && canBreak(s.else)))),
  );
}
