// Arbitraries for the language's property tests: token soup, text mutations, and random VALID
// scenarios (an AST with consistent names, shaped as the parser builds it).

import fc from 'fast-check';
import {
  forEachStmt,
  KEYWORDS,
  type BinaryOp,
  type CompareOp,
  type Condition,
  type Expr,
  type FaultEnd,
  type FaultLine,
  type GoalLine,
  type GoalOp,
  type Lang,
  type Localized,
  type ProcessDecl,
  type ProcessInstance,
  type Scenario,
  type Span,
  type Stmt,
  type Target,
} from '../index';

/** Keywords, names, symbols and odd characters glued at random. */
export const soup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...KEYWORDS, 'en', 'ko', 'i', 'n', 'W', 'Server', '클라이언트', '😀', 'e\u0301'),
      // The words of SPEC §6, keywords only where they stand.
      fc.constantFrom('crash', 'restart', 'lose', 'delay', 'cut', 'at', 'by', 'count', 'skip', 'to'),
      fc.constantFrom('timeout', 'timedout', 'not', 'break'),
      // The words of SPEC §7: `goal` is a keyword only as a top-level line's first word.
      fc.constantFrom('goal', 'outcome', 'time', 'blocked', 'delivered', 'completed', 'deadlock', '!=', '>='),
      fc.constantFrom(
        '"',
        '\\',
        '\\"',
        '[',
        ']',
        '..',
        '(',
        ')',
        '#',
        '==',
        '=',
        '<',
        '-',
        '+',
        '%',
        '/',
        '*',
      ),
      fc.constantFrom(
        '\n',
        '\r\n',
        '\r',
        ' ',
        '\t',
        '  ',
        '0',
        '3',
        '99999999999999999999',
        '\u2028',
        '\ufeff',
      ),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

export type Mutation =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'dupChar' | 'dupLine' | 'dropLine'; at: number }
  | { kind: 'swapLines'; at: number; other: number };

/** Applies one edit to a text. */
export function mutate(src: string, m: Mutation): string {
  const at = src.length === 0 ? 0 : m.at % (src.length + 1);
  const lines = src.split('\n');
  const li = m.at % lines.length;
  switch (m.kind) {
    case 'delete':
      return src.slice(0, at) + src.slice(at + m.len);
    case 'insert':
      return src.slice(0, at) + m.text + src.slice(at);
    case 'dupChar':
      return src.slice(0, at) + src.slice(at, at + 1) + src.slice(at);
    case 'dupLine':
      lines.splice(li, 0, lines[li] ?? '');
      return lines.join('\n');
    case 'dropLine':
      lines.splice(li, 1);
      return lines.join('\n');
    case 'swapLines': {
      const lj = m.other % lines.length;
      [lines[li], lines[lj]] = [lines[lj] ?? '', lines[li] ?? ''];
      return lines.join('\n');
    }
  }
}

/** One random edit: delete, insert soup, duplicate a character or a line, drop or swap lines. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: soup }),
  fc.record({ kind: fc.constant('dupChar' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
);

const S: Span = { from: 0, to: 0, line: 1, col: 1, endLine: 1, endCol: 1 };
const NAMES = [
  'Client',
  'Server',
  'W',
  'worker_1',
  '클라이언트',
  'Ωmega',
  'n',
  'i',
  'en',
  'ko',
  '_x',
  'Élan',
  'jobs',
  'B',
  'sync',
  'Σ2',
  'देव',
  'q9',
  // Words of SPEC §6 and §7 stay names wherever they are not keywords.
  'goal',
  'outcome',
  'time',
  'deadlock',
  'crash',
  'timeout',
  'lose',
  'at',
  'timedout',
  'break',
  'not',
  'count',
];
type G = fc.GeneratorValue;
const int = (g: G, min: number, max: number) => g(fc.integer, { min, max });
const pick = <T>(g: G, xs: readonly T[]): T => xs[int(g, 0, xs.length - 1)] as T;
const textArb = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('"', '\\', '#', ' ', '한', '😀', 'é'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    ),
    maxLength: 12,
  })
  .map((t) => t.replace(/[\r\n]/g, ''));
const textOf = () => textArb;
const text = (g: G) => g(textOf);

const num = (value: number): Expr => ({ kind: 'num', value, span: S });
const PREC: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2 };
const paren = (e: Expr): Expr => ({ kind: 'paren', inner: e, span: S });
/** A binary node shaped as the parser would build it (parentheses where precedence needs them). */
function bin(op: BinaryOp, left: Expr, right: Expr): Expr {
  const l = left.kind === 'bin' && PREC[left.op] < PREC[op] ? paren(left) : left;
  const r = right.kind === 'bin' && PREC[right.op] <= PREC[op] ? paren(right) : right;
  return { kind: 'bin', op, left: l, right: r, span: S };
}

/** Any expression; `/` and `%` only by positive literals so nothing divides by zero. */
function anyExpr(g: G, vars: readonly ('i' | 'n')[], depth = 0): Expr {
  const choice = depth > 2 ? int(g, 0, 1) : int(g, 0, 4);
  if (choice === 0 || (choice === 1 && vars.length === 0)) return num(int(g, 0, 1000));
  if (choice === 1) return { kind: 'var', name: pick(g, vars), span: S };
  if (choice === 2) {
    const operand = anyExpr(g, vars, depth + 1);
    return { kind: 'neg', operand: operand.kind === 'bin' ? paren(operand) : operand, span: S };
  }
  if (choice === 3) return paren(anyExpr(g, vars, depth + 1));
  const op = pick(g, ['+', '-', '*', '/', '%'] as const);
  const right = op === '/' || op === '%' ? num(int(g, 1, 9)) : anyExpr(g, vars, depth + 1);
  return bin(op, anyExpr(g, vars, depth + 1), right);
}

/** An expression that is never negative (for `compute` and `repeat`). */
function countExpr(g: G, vars: readonly ('i' | 'n')[], depth = 0): Expr {
  const choice = depth > 2 ? 0 : int(g, 0, 3);
  if (choice === 0)
    return vars.length > 0 && g(fc.boolean)
      ? { kind: 'var', name: pick(g, vars), span: S }
      : num(int(g, 0, 50));
  if (choice === 1) return paren(countExpr(g, vars, depth + 1));
  const op = pick(g, ['+', '*', '/', '%'] as const);
  const right = op === '/' || op === '%' ? num(int(g, 1, 9)) : countExpr(g, vars, depth + 1);
  return bin(op, countExpr(g, vars, depth + 1), right);
}

interface World {
  procs: ProcessDecl[];
  queues: string[];
  barriers: string[];
}

function target(g: G, w: World, self: ProcessDecl): Target {
  const p = pick(g, w.procs);
  if (!p.group) return { name: p.name, index: null, span: S };
  const { first, last } = p.group;
  const inRange = num(int(g, first, last));
  // Indices using `i` are checked at run time, so any such expression is valid here.
  const index =
    self.group && g(fc.boolean)
      ? bin('+', { kind: 'var', name: 'i', span: S }, anyExpr(g, ['i', 'n']))
      : g(fc.boolean)
        ? inRange
        : paren(inRange);
  return { name: p.name, index, span: S };
}

/** An optional `timeout E` suffix (E ≥ 1, literal or not). */
function timeoutOf(g: G, vars: readonly ('i' | 'n')[]): { timeout?: Expr } {
  if (int(g, 0, 3) !== 0) return {};
  return { timeout: g(fc.boolean) ? num(int(g, 1, 20)) : bin('+', countExpr(g, vars), num(1)) };
}

function block(g: G, w: World, self: ProcessDecl, depth: number, inLoop = false): Stmt[] {
  const vars: ('i' | 'n')[] = self.group ? ['i', 'n'] : [];
  const out: Stmt[] = [];
  const count = int(g, 0, depth === 0 ? 6 : 3);
  for (let k = 0; k < count; k++) {
    const kinds = [
      'compute',
      'send',
      'ssend',
      'call',
      'recv',
      'reply',
      'note',
      ...(w.queues.length ? ['publish', 'consume'] : []),
    ];
    if (w.barriers.length) kinds.push('barrier');
    if (depth < 3) kinds.push('repeat', 'loop', 'if');
    if (inLoop) kinds.push('break');
    const kind = pick(g, kinds);
    const payload = () => (g(fc.boolean) ? text(g) : null);
    switch (kind) {
      case 'compute':
        out.push({ kind, amount: countExpr(g, vars), span: S });
        break;
      case 'send':
        out.push({ kind, to: target(g, w, self), payload: payload(), span: S });
        break;
      case 'ssend':
      case 'call':
        out.push({ kind, to: target(g, w, self), payload: payload(), ...timeoutOf(g, vars), span: S });
        break;
      case 'recv':
        out.push({ kind, from: g(fc.boolean) ? target(g, w, self) : null, ...timeoutOf(g, vars), span: S });
        break;
      case 'break':
        out.push({ kind, span: S });
        break;
      case 'reply':
        out.push({ kind, payload: payload(), span: S });
        break;
      case 'note':
        out.push({ kind, lang: pick(g, [null, 'en', 'ko'] as const), text: text(g), span: S });
        break;
      case 'publish':
        out.push({ kind, queue: { name: pick(g, w.queues), span: S }, payload: payload(), span: S });
        break;
      case 'consume':
        out.push({ kind, queue: { name: pick(g, w.queues), span: S }, ...timeoutOf(g, vars), span: S });
        break;
      case 'barrier':
        out.push({ kind, barrier: { name: pick(g, w.barriers), span: S }, ...timeoutOf(g, vars), span: S });
        break;
      case 'repeat':
        out.push({ kind, count: countExpr(g, vars), body: block(g, w, self, depth + 1, true), span: S });
        break;
      case 'loop':
        out.push({ kind, body: block(g, w, self, depth + 1, true), span: S });
        break;
      case 'if': {
        const cond: Condition =
          int(g, 0, 3) === 0
            ? { kind: 'timedout', negated: g(fc.boolean), span: S }
            : {
                kind: 'compare',
                op: pick(g, ['==', '!=', '<', '<=', '>', '>='] as CompareOp[]),
                left: anyExpr(g, vars),
                right: anyExpr(g, vars),
                span: S,
              };
        out.push({
          kind,
          cond,
          then: block(g, w, self, depth + 1, inLoop),
          else: g(fc.boolean) ? block(g, w, self, depth + 1, inLoop) : null,
          span: S,
        });
        break;
      }
    }
  }
  return out;
}

function localized(g: G): Localized[] {
  const langs = g(fc.subarray<Lang | null>, [null, 'en', 'ko']);
  return langs.map((lang) => ({ lang, text: text(g), span: S }));
}

/** Builds a random valid scenario, derived fields (implicit declarations, parties, instances) included. */
function buildScenario(g: G): Scenario {
  const names = g(fc.shuffledSubarray<string>, NAMES, { minLength: NAMES.length });
  let spare = 0;
  const take = () => names.pop() ?? `spare${spare++}`;
  const procs: ProcessDecl[] = [];
  for (let k = int(g, 1, 4); k > 0; k--) {
    const first = int(g, 0, 3);
    const group = g(fc.boolean) ? { first, last: first + int(g, 0, 3) } : null;
    procs.push({ name: take(), nameSpan: S, group, body: [], span: S });
  }
  const declaredQueues = Array.from({ length: int(g, 0, 2) }, () => ({
    name: take(),
    capacity: g(fc.boolean) ? int(g, 1, 5) : null,
  }));
  const declaredBarriers = Array.from({ length: int(g, 0, 2) }, () => ({
    name: take(),
    parties: g(fc.boolean) ? int(g, 1, 5) : null,
  }));
  const w: World = {
    procs,
    queues: [...declaredQueues.map((q) => q.name), ...Array.from({ length: int(g, 0, 2) }, take)],
    barriers: [...declaredBarriers.map((b) => b.name), ...Array.from({ length: int(g, 0, 2) }, take)],
  };
  for (const p of procs) p.body = block(g, w, p, 0);

  const instances: ProcessInstance[] = procs.flatMap((p, decl): ProcessInstance[] =>
    p.group
      ? Array.from({ length: p.group.last - p.group.first + 1 }, (_, k) => ({
          name: `${p.name}[${(p.group?.first ?? 0) + k}]`,
          decl,
          i: (p.group?.first ?? 0) + k,
          n: (p.group?.last ?? 0) - (p.group?.first ?? 0) + 1,
        }))
      : [{ name: p.name, decl, i: null, n: null }],
  );
  // Reference semantics, written independently of the checker: first use order, parties = users.
  const usedQueues: string[] = [];
  const usedBarriers: string[] = [];
  for (const p of procs) {
    forEachStmt(p.body, (s) => {
      if ((s.kind === 'publish' || s.kind === 'consume') && !usedQueues.includes(s.queue.name))
        usedQueues.push(s.queue.name);
      if (s.kind === 'barrier' && !usedBarriers.includes(s.barrier.name)) usedBarriers.push(s.barrier.name);
    });
  }
  const users = (b: string) =>
    instances.filter((inst) => {
      let found = false;
      forEachStmt(
        procs[inst.decl]?.body ?? [],
        (s) => (found ||= s.kind === 'barrier' && s.barrier.name === b),
      );
      return found;
    }).length;
  const declQ = new Set(declaredQueues.map((q) => q.name));
  const declB = new Set(declaredBarriers.map((b) => b.name));
  const linkable = [
    ...procs.map((p) => p.name),
    ...procs.flatMap((p) => (p.group ? [`${p.name}[${p.group.last}]`] : [])),
    ...declQ,
  ];
  const faults = faultLines(g, procs, [...declQ]);
  const s: Scenario = {
    titles: localized(g),
    abouts: localized(g),
    latency: g(fc.boolean) ? { value: int(g, 0, 100), span: S } : { value: 1, span: null },
    jitter: g(fc.boolean) ? { value: int(g, 0, 100), span: S } : { value: 0, span: null },
    seed: g(fc.boolean) ? { value: int(g, 0, 2 ** 40), span: S } : { value: 1, span: null },
    links: Array.from({ length: int(g, 0, 2) }, () => ({
      a: { name: pick(g, linkable), span: S },
      b: { name: pick(g, linkable), span: S },
      latency: int(g, 0, 50),
      span: S,
    })),
    barriers: [
      ...declaredBarriers.map((b) => ({
        name: b.name,
        parties: b.parties ?? users(b.name),
        partiesDeclared: b.parties !== null,
        declared: true,
        span: S,
      })),
      ...usedBarriers
        .filter((b) => !declB.has(b))
        .map((b) => ({ name: b, parties: users(b), partiesDeclared: false, declared: false, span: null })),
    ],
    queues: [
      ...declaredQueues.map((q) => ({ ...q, declared: true, span: S })),
      ...usedQueues
        .filter((q) => !declQ.has(q))
        .map((q) => ({ name: q, capacity: null, declared: false, span: null })),
    ],
    processes: procs,
    instances,
    faults,
    failures: faults.length > 0 || procs.some((p) => usesFailures(p.body)),
    goals: goalLines(g, procs),
  };
  return s;
}

/** Whether a program uses `timeout`, `timedout` or `break` (reference for `Scenario.failures`). */
function usesFailures(body: readonly Stmt[]): boolean {
  let found = false;
  forEachStmt(body, (st) => {
    found ||=
      st.kind === 'break' ||
      ('timeout' in st && st.timeout !== undefined) ||
      (st.kind === 'if' && st.cond.kind === 'timedout');
  });
  return found;
}

/** Valid fault lines: ends that exist, `count`/`by` ≥ 1, cuts that cover time, restarts after a crash. */
function faultLines(g: G, procs: readonly ProcessDecl[], queues: readonly string[]): FaultLine[] {
  const end = (withQueues: boolean): FaultEnd => {
    if (withQueues && queues.length > 0 && int(g, 0, 3) === 0)
      return { name: pick(g, queues), index: null, span: S };
    const p = pick(g, procs);
    const index = p.group && g(fc.boolean) ? int(g, p.group.first, p.group.last) : null;
    return { name: p.name, index, span: S };
  };
  const out: FaultLine[] = [];
  for (let k = int(g, 0, 4); k > 0; k--) {
    const kind = pick(g, ['crash', 'lose', 'delay', 'cut'] as const);
    if (kind === 'crash') {
      const target = end(false);
      const at = int(g, 0, 30);
      out.push({ kind, target, at, span: S });
      if (g(fc.boolean)) out.push({ kind: 'restart', target, at: at + int(g, 1, 10), span: S });
    } else if (kind === 'cut') {
      const from = int(g, 0, 30);
      out.push({ kind, a: end(true), b: end(true), from, to: from + int(g, 1, 10), span: S });
    } else {
      const line = {
        a: end(true),
        b: end(true),
        count: g(fc.boolean) ? 1 : int(g, 1, 5),
        from: g(fc.boolean) ? 0 : int(g, 0, 30),
        skip: g(fc.boolean) ? 0 : int(g, 0, 5),
        span: S,
      };
      out.push(kind === 'lose' ? { kind, ...line } : { kind, ...line, by: int(g, 1, 9) });
    }
  }
  // Fault lines may stand in any order: shuffle them (a restart may come before its crash).
  return g(fc.shuffledSubarray<FaultLine>, out, { minLength: out.length });
}

/** Valid goal lines: every kind, every comparison, processes, groups and members, texts in any language once. */
function goalLines(g: G, procs: readonly ProcessDecl[]): GoalLine[] {
  const out: GoalLine[] = [];
  for (let k = int(g, 0, 3); k > 0; k--) {
    const texts: Localized[] = g(fc.shuffledSubarray<Lang | null>, [null, 'en', 'ko']).map((lang) => ({
      lang,
      text: text(g),
      span: S,
    }));
    const op = pick(g, ['<=', '<', '>=', '>', '=='] as GoalOp[]);
    const value = int(g, 0, 200);
    const kind = pick(g, ['outcome', 'time', 'blocked', 'delivered'] as const);
    if (kind === 'outcome')
      out.push({
        kind,
        outcome: pick(g, ['completed', 'idle', 'deadlock', 'limit', 'error'] as const),
        texts,
        span: S,
      });
    else if (kind === 'time') out.push({ kind, op, value, texts, span: S });
    else {
      const p = pick(g, procs);
      const index = p.group && g(fc.boolean) ? int(g, p.group.first, p.group.last) : null;
      out.push({ kind, target: { name: p.name, index, span: S }, op, value, texts, span: S });
    }
  }
  return out;
}

/** Random valid scenarios with consistent names, derived fields included. */
export const scenarioArb = fc.gen().map(buildScenario);
