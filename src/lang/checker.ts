// Meaning checks on the parsed tree: names and their kinds, group members, `i`/`n`, values known
// before the run, implicit queues and barriers, barrier parties, instances, and the warnings.

import type { Expr, NameRef, ProcessDecl, ProcessInstance, Scenario, Stmt, Target } from './ast';
import type { Reporter } from './diagnostics';
import { evalExpr, usesVar } from './expr';
import { checkFaults } from './faults.check';
import { checkGoals } from './goals.check';
import { Namespace } from './names';
import type { Parsed } from './toplevel';
import { canBreak, programFacts, type ProgramFacts } from './walk';

/** The most process instances a scenario may have (group members count one each). */
export const MAX_INSTANCES = 4096;

interface Ctx {
  group: { first: number; last: number } | null;
  /** Whether a `repeat` or `loop` encloses the statement (so `break` has somewhere to go). */
  inLoop: boolean;
}

/** Checks a parsed scenario and builds the Scenario the rest of the app runs. */
export function checkParsed(parsed: Parsed, report: Reporter): Scenario {
  const ns = new Namespace(parsed, report);
  const facts: ProgramFacts[] = parsed.processes.map((p) => programFacts(p.body));
  const instances = expand(parsed.processes, report);

  /** Reports `i`/`n` outside groups and division by zero; returns the value when known before the run. */
  const staticValue = (e: Expr, ctx: Ctx): number | null => {
    let varError = false;
    const visit = (x: Expr): void => {
      if (x.kind === 'var' && !ctx.group) {
        report.at('var-outside-group', x.span.from, x.span.to, { name: x.name }, { id: 'i-and-n' });
        varError = true;
      } else if (x.kind === 'neg') visit(x.operand);
      else if (x.kind === 'paren') visit(x.inner);
      else if (x.kind === 'bin') {
        visit(x.left);
        visit(x.right);
      }
    };
    visit(e);
    if (varError || usesVar(e, 'i')) return null;
    const v = evalExpr(e, ctx.group ? { n: ctx.group.last - ctx.group.first + 1 } : {});
    if (v === 'div0') report.at('division-by-zero', e.span.from, e.span.to);
    return typeof v === 'number' ? v : null;
  };

  const nonNegative = (e: Expr, ctx: Ctx, word: string): void => {
    const v = staticValue(e, ctx);
    if (v !== null && v < 0) report.at('negative-amount', e.span.from, e.span.to, { word, value: v });
  };

  /** A `timeout E` suffix: E is at least 1 tick when known before the run. */
  const timeout = (s: Stmt, ctx: Ctx): void => {
    if (!('timeout' in s) || !s.timeout) return;
    failures = true;
    const v = staticValue(s.timeout, ctx);
    if (v !== null && v < 1)
      report.at(
        'timeout-too-small',
        s.timeout.span.from,
        s.timeout.span.to,
        { value: v },
        {
          id: 'timeout-at-least-one',
        },
      );
  };

  /** Resolves a message target to its process declaration, reporting what is wrong with it. */
  const target = (t: Target, ctx: Ctx): ProcessDecl | null => {
    const index = t.index ? staticValue(t.index, ctx) : null;
    const kind = ns.kindOf(t.name);
    const at = (
      code: Parameters<Reporter['at']>[0],
      params: Record<string, string | number>,
      hint = null as ReturnType<Namespace['hintFor']>,
    ) => report.at(code, t.span.from, t.span.to, params, hint);
    if (kind === null) {
      at('unknown-name', { kind: 'process', name: t.name }, ns.hintFor(t.name, ['process', 'group']));
      return null;
    }
    if (kind === 'queue' || kind === 'barrier') {
      at(
        'wrong-kind',
        { name: t.name, actual: kind, expected: 'process' },
        kind === 'queue' ? { id: 'send-to-process' } : { id: 'barrier-statement' },
      );
      return null;
    }
    const decl = ns.process(t.name);
    if (!decl) return null;
    if (kind === 'process' && t.index) at('not-a-group', { name: t.name });
    else if (decl.group && !t.index) {
      const { first, last } = decl.group;
      at('group-needs-index', { name: t.name }, { id: 'name-member', params: { name: t.name, first, last } });
    } else if (decl.group && index !== null && (index < decl.group.first || index > decl.group.last)) {
      const { first, last } = decl.group;
      at(
        'index-out-of-range',
        { name: t.name, index },
        { id: 'members-range', params: { name: t.name, first, last } },
      );
    } else return decl;
    return null;
  };

  const message = (s: Stmt & { to: Target }, ctx: Ctx): void => {
    const decl = target(s.to, ctx);
    const k = decl ? ns.processIndex(decl.name) : null;
    if (!decl || k === null || facts[k]?.hasRecv) return;
    const what =
      s.kind === 'send'
        ? 'this message is never taken'
        : s.kind === 'ssend'
          ? 'this `ssend` waits forever for its acknowledgement'
          : 'this `call` waits forever for a reply';
    report.at(
      'never-receives',
      s.span.from,
      s.span.to,
      { name: decl.name, what },
      { id: 'add-recv', params: { name: decl.name } },
    );
  };

  const block = (body: readonly Stmt[], ctx: Ctx): void => {
    let loopLine: number | null = null;
    let warned = false; // once per block: the first unreachable statement stands for the rest
    for (const s of body) {
      if (loopLine !== null && !warned) {
        report.at('unreachable', s.span.from, s.span.to, { line: loopLine });
        warned = true;
      }
      stmt(s, ctx);
      // A loop it can `break` out of lets the statements after it run (SPEC §6 rule 10).
      if (s.kind === 'loop' && loopLine === null && !canBreak(s.body)) loopLine = s.span.line;
    }
  };

  const stmt = (s: Stmt, ctx: Ctx): void => {
    timeout(s, ctx);
    switch (s.kind) {
      case 'compute':
        return nonNegative(s.amount, ctx, 'compute');
      case 'send':
      case 'ssend':
      case 'call':
        return message(s, ctx);
      case 'recv':
        if (s.from) target(s.from, ctx);
        return;
      case 'break':
        failures = true;
        if (!ctx.inLoop) report.at('break-outside-loop', s.span.from, s.span.to, {}, { id: 'break-in-loop' });
        return;
      case 'publish':
      case 'consume':
        return ns.useQueue(s.queue);
      case 'barrier':
        return ns.useBarrier(s.barrier);
      case 'note':
      case 'ask':
      case 'reply':
        return;
      case 'repeat':
        nonNegative(s.count, ctx, 'repeat');
        return block(s.body, { ...ctx, inLoop: true });
      case 'loop':
        return block(s.body, { ...ctx, inLoop: true });
      case 'if':
        if (s.cond.kind === 'compare') {
          staticValue(s.cond.left, ctx);
          staticValue(s.cond.right, ctx);
        } else failures = true;
        block(s.then, ctx);
        if (s.else) block(s.else, ctx);
        return;
    }
  };

  let failures = parsed.faults.length > 0;
  for (const p of parsed.processes) block(p.body, { group: p.group, inLoop: false });
  for (const l of parsed.links) {
    linkEnd(l.a, ns, report);
    linkEnd(l.b, ns, report);
  }
  checkFaults(parsed.faults, ns, report);
  checkGoals(parsed.goals, ns, report);
  inferParties(ns, facts, instances, report);

  return {
    titles: parsed.titles,
    abouts: parsed.abouts,
    latency: parsed.settings.latency,
    jitter: parsed.settings.jitter,
    seed: parsed.settings.seed,
    links: parsed.links,
    barriers: ns.barriers,
    queues: ns.queues,
    processes: parsed.processes,
    instances,
    faults: parsed.faults,
    failures,
    goals: parsed.goals,
  };
}

/** Instances in declaration order, groups expanded; reports going past the limit (once). */
function expand(processes: readonly ProcessDecl[], report: Reporter): ProcessInstance[] {
  const out: ProcessInstance[] = [];
  let total = 0;
  let reported = false;
  processes.forEach((p, decl) => {
    const count = p.group ? Math.max(0, p.group.last - p.group.first + 1) : 1;
    total += count;
    if (total > MAX_INSTANCES) {
      if (!reported) report.at('too-many-processes', p.span.from, p.nameSpan.to, { count: total });
      reported = true;
      return;
    }
    if (!p.group) out.push({ name: p.name, decl, i: null, n: null });
    else
      for (let i = p.group.first; i <= p.group.last; i++)
        out.push({ name: `${p.name}[${i}]`, decl, i, n: count });
  });
  return out;
}

/** A link end: a process, a group (all members), a member with a constant number, or a queue. */
function linkEnd(ref: NameRef, ns: Namespace, report: Reporter): void {
  const m = /^(.*)\[(\d+)\]$/su.exec(ref.name);
  const name = m?.[1] ?? ref.name;
  const index = m ? Number(m[2]) : null;
  const kind = ns.kindOf(name);
  const at = (
    code: Parameters<Reporter['at']>[0],
    params: Record<string, string | number>,
    hint: ReturnType<Namespace['hintFor']> = null,
  ) => report.at(code, ref.span.from, ref.span.to, params, hint);
  if (kind === null)
    at('unknown-name', { kind: 'process or queue', name }, ns.hintFor(name, ['process', 'group', 'queue']));
  else if (kind === 'barrier') at('wrong-kind', { name, actual: kind, expected: 'process or queue' });
  else if (index !== null && kind !== 'group') at('not-a-group', { name });
  else if (index !== null) {
    const g = ns.process(name)?.group;
    if (g && (index < g.first || index > g.last)) {
      at(
        'index-out-of-range',
        { name, index },
        { id: 'members-range', params: { name, first: g.first, last: g.last } },
      );
    }
  }
}

/** Default parties = instances whose program contains `barrier NAME`; warns when declared ones exceed that. */
function inferParties(
  ns: Namespace,
  facts: readonly ProgramFacts[],
  instances: readonly ProcessInstance[],
  report: Reporter,
): void {
  const perDecl = new Map<number, number>();
  for (const inst of instances) perDecl.set(inst.decl, (perDecl.get(inst.decl) ?? 0) + 1);
  const usersOf = new Map<string, number>();
  perDecl.forEach((count, decl) => {
    for (const name of facts[decl]?.barriers ?? []) usersOf.set(name, (usersOf.get(name) ?? 0) + count);
  });
  for (const b of ns.barriers) {
    const users = usersOf.get(b.name) ?? 0;
    if (!b.partiesDeclared) b.parties = users;
    else if (b.parties > users && b.span) {
      report.at(
        'parties-exceed-users',
        b.span.from,
        b.span.to,
        { name: b.name, parties: b.parties, users },
        {
          id: 'parties-deadlock',
          params: { users, name: b.name },
        },
      );
    }
  }
}
