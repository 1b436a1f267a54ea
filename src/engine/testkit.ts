// Test helper: builds checked Scenarios by hand, together with the equivalent `.rdv` text, with
// every statement on its own line exactly as the text would number it. Lets engine tests run
// without the parser, and lets them compare against `check(text)` once it exists.

import type {
  BarrierDecl,
  Cond,
  CompareOp,
  Expr,
  Lang,
  ProcessDecl,
  ProcessInstance,
  QueueDecl,
  Scenario,
  Span,
  Stmt,
  Target,
} from '../lang/ast';
import type { Trace, TraceEvent } from './trace';
import { createKernel, type KernelOptions } from './kernel';
import { contextOf } from '../runtime/driver';
import { createInterpreter, type Interpreter } from '../runtime/interpreter';

/** A statement as written by a test, laid out into lines by `build`. */
export type StmtSpec =
  | { kind: 'leaf'; text: string; make: (span: Span) => Stmt }
  | {
      kind: 'block';
      text: string;
      body: StmtSpec[];
      orelse: StmtSpec[] | null;
      make: (span: Span, body: Stmt[], orelse: Stmt[] | null) => Stmt;
    };

const SPAN0: Span = { from: 0, to: 0, line: 1, col: 1, endLine: 1, endCol: 1 };

/** Parses `i % n + 1`-style integer expressions. */
export function expr(source: string | number, span: Span = SPAN0): Expr {
  const tokens = String(source).match(/\d+|[A-Za-z_]\w*|\S/g) ?? [];
  let k = 0;
  const peek = () => tokens[k];
  const primary = (): Expr => {
    const tok = tokens[k++];
    if (tok === '(') {
      const inner = sum();
      k++; // ')'
      return { kind: 'paren', inner, span };
    }
    if (tok === '-') return { kind: 'neg', operand: primary(), span };
    if (tok === 'i' || tok === 'n') return { kind: 'var', name: tok, span };
    if (tok !== undefined && /^\d+$/.test(tok)) return { kind: 'num', value: Number(tok), span };
    throw new Error(`bad expression ${String(source)}`);
  };
  const product = (): Expr => {
    let left = primary();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[k++] as '*' | '/' | '%';
      left = { kind: 'bin', op, left, right: primary(), span };
    }
    return left;
  };
  const sum = (): Expr => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[k++] as '+' | '-';
      left = { kind: 'bin', op, left, right: product(), span };
    }
    return left;
  };
  return sum();
}

function target(source: string, span: Span): Target {
  const m = /^([^[\]]+)(?:\[(.*)\])?$/.exec(source.trim());
  if (!m) throw new Error(`bad target ${source}`);
  return { name: m[1] as string, index: m[2] === undefined ? null : expr(m[2], span), span };
}

function cond(source: string, span: Span): Cond {
  const m = /^(.*?)(==|!=|<=|>=|<|>)(.*)$/.exec(source);
  if (!m) throw new Error(`bad condition ${source}`);
  return {
    kind: 'compare',
    op: m[2] as CompareOp,
    left: expr(m[1] as string, span),
    right: expr(m[3] as string, span),
    span,
  };
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const withPayload = (text: string, payload?: string) =>
  payload === undefined ? text : `${text} ${quote(payload)}`;
const leaf = (text: string, make: (span: Span) => Stmt): StmtSpec => ({ kind: 'leaf', text, make });

/** Statement builders; expressions and targets are written as in the language (`W[i+1]`). */
export const S = {
  compute: (e: string | number) =>
    leaf(`compute ${e}`, (span) => ({ kind: 'compute', amount: expr(e, span), span })),
  send: (to: string, payload?: string) =>
    leaf(withPayload(`send ${to}`, payload), (span) => ({
      kind: 'send',
      to: target(to, span),
      payload: payload ?? null,
      span,
    })),
  ssend: (to: string, payload?: string) =>
    leaf(withPayload(`ssend ${to}`, payload), (span) => ({
      kind: 'ssend',
      to: target(to, span),
      payload: payload ?? null,
      span,
    })),
  call: (to: string, payload?: string) =>
    leaf(withPayload(`call ${to}`, payload), (span) => ({
      kind: 'call',
      to: target(to, span),
      payload: payload ?? null,
      span,
    })),
  recv: (from?: string) =>
    leaf(from === undefined ? 'recv' : `recv from ${from}`, (span) => ({
      kind: 'recv',
      from: from === undefined ? null : target(from, span),
      span,
    })),
  reply: (payload?: string) =>
    leaf(withPayload('reply', payload), (span) => ({ kind: 'reply', payload: payload ?? null, span })),
  publish: (q: string, payload?: string) =>
    leaf(withPayload(`publish ${q}`, payload), (span) => ({
      kind: 'publish',
      queue: { name: q, span },
      payload: payload ?? null,
      span,
    })),
  consume: (q: string) =>
    leaf(`consume ${q}`, (span) => ({ kind: 'consume', queue: { name: q, span }, span })),
  barrier: (b: string) =>
    leaf(`barrier ${b}`, (span) => ({ kind: 'barrier', barrier: { name: b, span }, span })),
  note: (text: string, lang: Lang | null = null) =>
    leaf(`note ${lang === null ? '' : `${lang} `}${quote(text)}`, (span) => ({
      kind: 'note',
      lang,
      text,
      span,
    })),
  ask: (text: string, lang: Lang | null = null, answer: string | null = null) =>
    leaf(
      `ask ${lang === null ? '' : `${lang} `}${quote(text)}${answer === null ? '' : ` answer ${quote(answer)}`}`,
      (span) => ({ kind: 'ask', lang, text, answer, span }),
    ),
  repeat: (e: string | number, body: StmtSpec[]): StmtSpec => ({
    kind: 'block',
    text: `repeat ${e}`,
    body,
    orelse: null,
    make: (span, b) => ({ kind: 'repeat', count: expr(e, span), body: b, span }),
  }),
  loop: (body: StmtSpec[]): StmtSpec => ({
    kind: 'block',
    text: 'loop',
    body,
    orelse: null,
    make: (span, b) => ({ kind: 'loop', body: b, span }),
  }),
  if: (c: string, then: StmtSpec[], orelse: StmtSpec[] | null = null): StmtSpec => ({
    kind: 'block',
    text: `if ${c}`,
    body: then,
    orelse,
    make: (span, b, e) => ({ kind: 'if', cond: cond(c, span), then: b, else: e, span }),
  }),
};

export interface ProcSpec {
  name: string;
  group: { first: number; last: number } | null;
  body: StmtSpec[];
}

/** `process NAME … end`. */
export const proc = (name: string, body: StmtSpec[]): ProcSpec => ({ name, group: null, body });
/** `process NAME[first..last] … end`. */
export const group = (name: string, first: number, last: number, body: StmtSpec[]): ProcSpec => ({
  name,
  group: { first, last },
  body,
});

export interface ScenarioSpec {
  titles?: [Lang | null, string][];
  latency?: number;
  jitter?: number;
  seed?: number;
  links?: [string, string, number][];
  /** Declared queues: name and capacity (null: unbounded). */
  queues?: [string, number | null][];
  /** Declared barriers: name and declared parties (omit: inferred). */
  barriers?: ([string] | [string, number])[];
  processes: ProcSpec[];
}

/** Lays a spec out as `.rdv` text and builds the checked Scenario it stands for. */
export function build(spec: ScenarioSpec): { scenario: Scenario; source: string } {
  const lines: string[] = [];
  let offset = 0;
  const emit = (text: string, depth: number): Span => {
    const indent = '  '.repeat(depth);
    const from = offset + indent.length;
    const line = lines.length + 1;
    lines.push(indent + text);
    offset += indent.length + text.length + 1;
    const col = indent.length + 1;
    return { from, to: from + text.length, line, col, endLine: line, endCol: col + [...text].length };
  };
  const setting = (word: string, value: number | undefined, fallback: number) =>
    value === undefined ? { value: fallback, span: null } : { value, span: emit(`${word} ${value}`, 0) };

  const titles = (spec.titles ?? []).map(([lang, text]) => ({
    lang,
    text,
    span: emit(`title ${lang === null ? '' : `${lang} `}${quote(text)}`, 0),
  }));
  const latency = setting('latency', spec.latency, 1);
  const jitter = setting('jitter', spec.jitter, 0);
  const seed = setting('seed', spec.seed, 1);
  const links = (spec.links ?? []).map(([a, b, l]) => {
    const span = emit(`link ${a} ${b} latency ${l}`, 0);
    return { a: { name: a, span }, b: { name: b, span }, latency: l, span };
  });
  const declaredBarriers = (spec.barriers ?? []).map(([name, parties]) => ({
    name,
    parties,
    span: emit(parties === undefined ? `barrier ${name}` : `barrier ${name} parties ${parties}`, 0),
  }));
  const queues: QueueDecl[] = (spec.queues ?? []).map(([name, capacity]) => ({
    name,
    capacity,
    declared: true,
    span: emit(capacity === null ? `queue ${name}` : `queue ${name} capacity ${capacity}`, 0),
  }));

  const layout = (body: StmtSpec[], depth: number): Stmt[] =>
    body.map((s) => {
      const span = emit(s.text, depth);
      if (s.kind === 'leaf') return s.make(span);
      const inner = layout(s.body, depth + 1);
      const orelse = s.orelse === null ? null : (emit('else', depth), layout(s.orelse, depth + 1));
      emit('end', depth);
      return s.make(span, inner, orelse);
    });
  const processes: ProcessDecl[] = spec.processes.map((p) => {
    const header = p.group ? `process ${p.name}[${p.group.first}..${p.group.last}]` : `process ${p.name}`;
    const span = emit(header, 0);
    const body = layout(p.body, 1);
    emit('end', 0);
    return { name: p.name, nameSpan: span, group: p.group, body, span };
  });

  const instances = processes.flatMap((p, decl): ProcessInstance[] => {
    if (p.group === null) return [{ name: p.name, decl, i: null, n: null }];
    const n = p.group.last - p.group.first + 1;
    return Array.from({ length: Math.max(0, n) }, (_, k) => ({
      name: `${p.name}[${p.group!.first + k}]`,
      decl,
      i: p.group!.first + k,
      n,
    }));
  });
  const used = (kind: 'barrier' | 'queue') => {
    const byDecl = processes.map(() => new Set<string>());
    const order: string[] = [];
    const walk = (body: Stmt[], d: number) =>
      body.forEach((s) => {
        const name =
          kind === 'barrier' && s.kind === 'barrier'
            ? s.barrier.name
            : kind === 'queue' && (s.kind === 'publish' || s.kind === 'consume')
              ? s.queue.name
              : null;
        if (name !== null) {
          byDecl[d]!.add(name);
          if (!order.includes(name)) order.push(name);
        }
        if (s.kind === 'repeat' || s.kind === 'loop') walk(s.body, d);
        if (s.kind === 'if') {
          walk(s.then, d);
          if (s.else) walk(s.else, d);
        }
      });
    processes.forEach((p, d) => walk(p.body, d));
    return { byDecl, order };
  };
  const bUse = used('barrier');
  const users = (name: string) => instances.filter((inst) => bUse.byDecl[inst.decl]!.has(name)).length;
  const barriers: BarrierDecl[] = declaredBarriers.map((b) => ({
    name: b.name,
    parties: b.parties ?? users(b.name),
    partiesDeclared: b.parties !== undefined,
    declared: true,
    span: b.span,
  }));
  for (const name of bUse.order) {
    if (!barriers.some((b) => b.name === name)) {
      barriers.push({ name, parties: users(name), partiesDeclared: false, declared: false, span: null });
    }
  }
  for (const name of used('queue').order) {
    if (!queues.some((q) => q.name === name))
      queues.push({ name, capacity: null, declared: false, span: null });
  }
  const scenario: Scenario = {
    titles,
    abouts: [],
    latency,
    jitter,
    seed,
    links,
    barriers,
    queues,
    processes,
    instances,
    faults: [],
    failures: false,
    goals: [],
  };
  return { scenario, source: `${lines.join('\n')}\n` };
}

/** One event as a short line for exact-sequence assertions, e.g. `t2 send #1 A>B message "x" @5 L4`. */
export function brief(e: TraceEvent): string {
  const at = `t${e.t}`;
  switch (e.type) {
    case 'proc.start':
      return `${at} start ${e.process}`;
    case 'proc.compute':
      return `${at} compute ${e.process} ${e.duration} L${e.line}`;
    case 'proc.block':
      return `${at} block ${e.process} ${e.reason}${e.on === null ? '' : ` on=${e.on}`} L${e.line}`;
    case 'proc.unblock':
      return `${at} unblock ${e.process}`;
    case 'proc.done':
      return `${at} done ${e.process}`;
    case 'proc.error':
      return `${at} error ${e.process} L${e.line} ${e.message}`;
    case 'msg.send':
      return `${at} send #${e.id} ${e.from}>${e.to} ${e.kind}${e.payload === null ? '' : ` ${quote(e.payload)}`} @${e.deliverAt} L${e.line}`;
    case 'msg.deliver':
      return `${at} deliver #${e.id} ${e.to}`;
    case 'msg.recv':
      return `${at} recv #${e.id} ${e.process} L${e.line}`;
    case 'barrier.arrive':
      return `${at} arrive ${e.barrier} ${e.process} g${e.generation} ${e.arrived}/${e.parties} L${e.line}`;
    case 'barrier.release':
      return `${at} release ${e.barrier} g${e.generation} [${e.processes.join(',')}]`;
    case 'note':
      return `${at} note ${e.process} L${e.line}${e.lang === null ? '' : ` ${e.lang}`} ${quote(e.text)}`;
    case 'ask':
      return `${at} ask ${e.process} L${e.line}${e.lang === null ? '' : ` ${e.lang}`} ${quote(e.text)}${e.answer === null ? '' : ` answer ${quote(e.answer)}`}`;
    case 'proc.crash':
      return `${at} crash ${e.process}`;
    case 'proc.restart':
      return `${at} restart ${e.process}`;
    case 'proc.timeout':
      return `${at} timeout ${e.process} ${e.reason} L${e.line}`;
    case 'msg.lost':
      return `${at} lost #${e.id} ${e.to} (${e.why})`;
    case 'msg.drop':
      return `${at} drop #${e.id} ${e.process} (${e.why})`;
    case 'barrier.withdraw':
      return `${at} withdraw ${e.barrier} ${e.process} g${e.generation} ${e.arrived}`;
    case 'run.end':
      return `${at} end ${e.outcome.kind}`;
  }
}

/** The events of a trace as `brief` lines. */
export const briefs = (trace: Trace): string[] => trace.events.map(brief);

/** A `.rdv` text written as an indented template literal: drops the first newline and the common indentation. */
export function rdv(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const lines = raw.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** Runs through the kernel, feeding `sizes[k % sizes.length]` operations at a time, as a host would. */
export function runWithBatches(scenario: Scenario, sizes: number[], options: KernelOptions = {}): Trace {
  const kernel = createKernel(scenario, options);
  const interpreters: Interpreter[] = scenario.instances.map((_, k) => createInterpreter(scenario, k));
  for (let call = 0; ; call++) {
    const step = kernel.run();
    if (step.status === 'done') return step.trace;
    const context = contextOf(step);
    if (context?.restart) interpreters[step.process] = createInterpreter(scenario, step.process);
    const ops = interpreters[step.process]!.next(sizes[call % sizes.length]!, context?.timedout);
    kernel.feed(step.process, ops);
  }
}
