// Canonical text of a scenario: what `check` reads back as the same scenario (spans aside).
// Used for formatting, for share links, and by the editor's knobs that rewrite a scenario.

import type {
  BinaryOp,
  Condition,
  Expr,
  FaultEnd,
  FaultLine,
  GoalLine,
  Lang,
  Localized,
  Scenario,
  Stmt,
  Target,
} from './ast';

const INDENT = '  ';

/** Prints a scenario as canonical `.rdv` text (settings only when written, implicit declarations left out). */
export function print(s: Scenario): string {
  const head: string[] = [];
  for (const t of s.titles) head.push(text('title', t));
  for (const a of s.abouts) head.push(text('about', a));
  if (s.latency.span) head.push(`latency ${s.latency.value}`);
  if (s.jitter.span) head.push(`jitter ${s.jitter.value}`);
  if (s.seed.span) head.push(`seed ${s.seed.value}`);
  for (const l of s.links) head.push(`link ${l.a.name} ${l.b.name} latency ${l.latency}`);
  for (const b of s.barriers) {
    if (b.declared) head.push(`barrier ${b.name}${b.partiesDeclared ? ` parties ${b.parties}` : ''}`);
  }
  for (const q of s.queues) {
    if (q.declared) head.push(`queue ${q.name}${q.capacity === null ? '' : ` capacity ${q.capacity}`}`);
  }
  for (const f of s.faults) head.push(printFault(f));
  for (const g of s.goals) head.push(printGoal(g));
  const blocks: string[] = [];
  if (head.length > 0) blocks.push(head.join('\n'));
  for (const p of s.processes) {
    const lines = [`process ${p.name}${p.group ? `[${p.group.first}..${p.group.last}]` : ''}`];
    body(p.body, 1, lines);
    lines.push('end');
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** One fault line, its `count`/`from`/`skip` written only when they differ from the defaults. */
export function printFault(f: FaultLine): string {
  switch (f.kind) {
    case 'crash':
    case 'restart':
      return `${f.kind} ${printEnd(f.target)} at ${f.at}`;
    case 'cut':
      return `cut ${printEnd(f.a)} ${printEnd(f.b)} from ${f.from} to ${f.to}`;
    case 'lose':
    case 'delay': {
      const by = f.kind === 'delay' ? ` by ${f.by}` : '';
      const count = f.count === 1 ? '' : ` count ${f.count}`;
      const from = f.from === 0 ? '' : ` from ${f.from}`;
      const skip = f.skip === 0 ? '' : ` skip ${f.skip}`;
      return `${f.kind} ${printEnd(f.a)} ${printEnd(f.b)}${by}${count}${from}${skip}`;
    }
  }
}

/** One goal line with its words (SPEC §7). */
export function printGoal(g: GoalLine): string {
  const words = g.texts.map((t) => ` ${langPrefix(t.lang)}${quote(t.text)}`).join('');
  switch (g.kind) {
    case 'outcome':
      return `goal ${g.kind} ${g.outcome}${words}`;
    case 'never':
    case 'can':
      return `goal ${g.kind} ${g.outcome}${g.lose === undefined ? '' : ` lose ${g.lose}`}${words}`;
    case 'time':
      return `goal time ${g.op} ${g.value}${words}`;
    case 'blocked':
    case 'delivered':
      return `goal ${g.kind} ${printEnd(g.target)} ${g.op} ${g.value}${words}`;
  }
}

function printEnd(e: FaultEnd): string {
  return e.index === null ? e.name : `${e.name}[${e.index}]`;
}

function text(word: string, t: Localized): string {
  return `${word} ${langPrefix(t.lang)}${quote(t.text)}`;
}

function langPrefix(lang: Lang | null): string {
  return lang ? `${lang} ` : '';
}

/** A string literal; line breaks (which a line-oriented language cannot hold) become spaces. */
export function quote(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, ' ')}"`;
}

function body(stmts: readonly Stmt[], depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  for (const s of stmts) {
    switch (s.kind) {
      case 'repeat':
        out.push(`${pad}repeat ${printExpr(s.count)}`);
        body(s.body, depth + 1, out);
        out.push(`${pad}end`);
        break;
      case 'loop':
        out.push(`${pad}loop`);
        body(s.body, depth + 1, out);
        out.push(`${pad}end`);
        break;
      case 'if':
        out.push(`${pad}if ${printCond(s.cond)}`);
        body(s.then, depth + 1, out);
        if (s.else) {
          out.push(`${pad}else`);
          body(s.else, depth + 1, out);
        }
        out.push(`${pad}end`);
        break;
      default:
        out.push(pad + printSimple(s));
    }
  }
}

const payload = (p: string | null): string => (p === null ? '' : ` ${quote(p)}`);
const timeout = (e: Expr | undefined): string => (e ? ` timeout ${printExpr(e)}` : '');

function printSimple(s: Stmt): string {
  switch (s.kind) {
    case 'compute':
      return `compute ${printExpr(s.amount)}`;
    case 'send':
      return `send ${printTarget(s.to)}${payload(s.payload)}`;
    case 'ssend':
    case 'call':
      return `${s.kind} ${printTarget(s.to)}${payload(s.payload)}${timeout(s.timeout)}`;
    case 'recv':
      return `${s.from ? `recv from ${printTarget(s.from)}` : 'recv'}${timeout(s.timeout)}`;
    case 'reply':
      return `reply${payload(s.payload)}`;
    case 'publish':
      return `publish ${s.queue.name}${payload(s.payload)}`;
    case 'consume':
      return `consume ${s.queue.name}${timeout(s.timeout)}`;
    case 'barrier':
      return `barrier ${s.barrier.name}${timeout(s.timeout)}`;
    case 'break':
      return 'break';
    case 'note':
      return `note ${langPrefix(s.lang)}${quote(s.text)}`;
    case 'ask':
      return `ask ${langPrefix(s.lang)}${quote(s.text)}${s.answer === null ? '' : ` answer ${quote(s.answer)}`}`;
    default:
      return '';
  }
}

/** `Server` or `W[i + 1]`. */
export function printTarget(t: Target): string {
  return t.index ? `${t.name}[${printExpr(t.index)}]` : t.name;
}

/** `left op right` for a condition. */
export function printCond(c: Condition): string {
  if (c.kind === 'timedout') return c.negated ? 'not timedout' : 'timedout';
  return `${printExpr(c.left)} ${c.op} ${printExpr(c.right)}`;
}

const PREC: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2 };

/**
 * Prints an expression as written (its `paren` nodes). A hand-built tree whose shape the
 * precedence rules cannot express gets the parentheses it needs, so the text keeps its meaning.
 */
export function printExpr(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return String(e.value);
    case 'var':
      return e.name;
    case 'neg':
      return `-${e.operand.kind === 'bin' ? `(${printExpr(e.operand)})` : printExpr(e.operand)}`;
    case 'paren':
      return `(${printExpr(e.inner)})`;
    case 'bin': {
      const p = PREC[e.op];
      const left =
        e.left.kind === 'bin' && PREC[e.left.op] < p ? `(${printExpr(e.left)})` : printExpr(e.left);
      const right =
        e.right.kind === 'bin' && PREC[e.right.op] <= p ? `(${printExpr(e.right)})` : printExpr(e.right);
      return `${left} ${e.op} ${right}`;
    }
  }
}
