// Every problem the checker can report, in one table: a stable code, its severity, a one-line
// description for the docs, and the English message. The UI can translate by code and params.

import type { Diagnostic, Severity } from './ast';
import { HINTS, type Hint, type Params } from './hints';
import type { LineMap } from './span';

export type { Hint, HintId, Params } from './hints';

interface Entry {
  severity: Severity;
  description: string;
  message: (p: Params) => string;
}

const found = (p: Params): string => (p.found === undefined ? ` after \`${p.after}\`` : `, found ${p.found}`);

const TABLE = {
  'too-large': {
    severity: 'error',
    description: 'The scenario text is larger than 256 KiB (262,144 bytes of UTF-8).',
    message: (p) => `the scenario is ${p.bytes} bytes long; the limit is 262,144 bytes (256 KiB)`,
  },
  'no-process': {
    severity: 'error',
    description: 'The scenario declares no process, so there is nothing to run.',
    message: () => 'a scenario needs at least one process',
  },
  'unexpected-char': {
    severity: 'error',
    description: 'A character that cannot start any word, number, string or symbol of the language.',
    message: (p) => `unexpected character \`${p.char}\``,
  },
  'unterminated-string': {
    severity: 'error',
    description: 'A string whose closing double quote is missing on its line.',
    message: () => 'this string is never closed',
  },
  'bad-escape': {
    severity: 'error',
    description: 'A backslash in a string followed by something other than `"` or `\\`.',
    message: (p) => `unknown escape \`\\${p.char}\` in a string`,
  },
  'number-too-large': {
    severity: 'error',
    description: 'A number larger than 9007199254740991 (the largest exact integer).',
    message: (p) => `the number ${p.text} is too large`,
  },
  'unknown-keyword': {
    severity: 'error',
    description: 'A line starts with a word that is not a keyword usable there.',
    message: (p) => `unknown keyword \`${p.word}\``,
  },
  'expected-keyword': {
    severity: 'error',
    description: 'A line starts with a number, string, symbol or a keyword that cannot begin a line.',
    message: (p) => `a line cannot start with ${p.found}`,
  },
  'statement-outside-process': {
    severity: 'error',
    description: 'A statement written at the top level instead of inside `process` … `end`.',
    message: (p) => `\`${p.word}\` is a statement; statements belong inside a process`,
  },
  'toplevel-in-process': {
    severity: 'error',
    description: 'A top-level line (title, setting, link, queue…) written inside a process.',
    message: (p) => `\`${p.word}\` belongs at the top level, not inside a process`,
  },
  'missing-end': {
    severity: 'error',
    description: 'A block (`process`, `repeat`, `loop`, `if`) that is never closed with `end`.',
    message: (p) => `\`${p.opener}\` (line ${p.line}) is never closed with \`end\``,
  },
  'extra-end': {
    severity: 'error',
    description: 'An `end` with no open block to close.',
    message: () => 'this `end` closes nothing',
  },
  'else-outside-if': {
    severity: 'error',
    description: 'An `else` that is not directly inside an `if` block.',
    message: () => '`else` without an `if`',
  },
  'duplicate-else': {
    severity: 'error',
    description: 'A second `else` in the same `if`.',
    message: (p) => `the \`if\` on line ${p.line} already has an \`else\``,
  },
  'else-if': {
    severity: 'error',
    description: 'The language has no `else if`; nest an `if` inside the `else`.',
    message: () => 'there is no `else if`',
  },
  'expected-name': {
    severity: 'error',
    description: 'A name (of a process, queue or barrier) is missing or something else stands there.',
    message: (p) => `expected ${p.what}${found(p)}`,
  },
  'expected-expression': {
    severity: 'error',
    description: 'A number or an expression is missing or something else stands there.',
    message: (p) => `expected a number or an expression${found(p)}`,
  },
  'expected-string': {
    severity: 'error',
    description: 'A quoted text is missing or something else stands there.',
    message: (p) => `expected a quoted text${found(p)}`,
  },
  'expected-number': {
    severity: 'error',
    description: 'A plain number is missing where the line needs one.',
    message: (p) => `expected a number${found(p)}`,
  },
  'expected-token': {
    severity: 'error',
    description: 'A required word or symbol (`]`, `..`, `latency`, a comparison…) is missing.',
    message: (p) =>
      `expected ${p.what}${p.found === undefined ? ' before the end of the line' : `, found ${p.found}`}`,
  },
  'unexpected-token': {
    severity: 'error',
    description: 'More on a line after a complete statement (one statement per line).',
    message: (p) => `the line should end here, but ${p.found} follows`,
  },
  'bad-lang': {
    severity: 'error',
    description: 'A language tag other than `en` or `ko`.',
    message: (p) => `unknown language \`${p.lang}\``,
  },
  'duplicate-name': {
    severity: 'error',
    description: 'Two processes, groups, queues or barriers with the same name (they share one namespace).',
    message: (p) => `\`${p.name}\` is already declared as a ${p.kind} on line ${p.line}`,
  },
  'duplicate-setting': {
    severity: 'error',
    description: '`latency`, `jitter` or `seed` written more than once.',
    message: (p) => `\`${p.word}\` is set twice (first on line ${p.line})`,
  },
  'duplicate-title': {
    severity: 'error',
    description: 'Two `title` lines in the same language (or two without a language).',
    message: (p) => `a second \`title\` ${p.lang} (the first is on line ${p.line})`,
  },
  'duplicate-about': {
    severity: 'error',
    description: 'Two `about` lines in the same language (or two without a language).',
    message: (p) => `a second \`about\` ${p.lang} (the first is on line ${p.line})`,
  },
  'unknown-name': {
    severity: 'error',
    description: 'A name that no process, group or queue declares.',
    message: (p) => `unknown ${p.kind} \`${p.name}\``,
  },
  'wrong-kind': {
    severity: 'error',
    description: 'A name of the wrong kind, e.g. a process where a queue belongs.',
    message: (p) => `\`${p.name}\` is a ${p.actual}, not a ${p.expected}`,
  },
  'group-needs-index': {
    severity: 'error',
    description: 'A group named where one process belongs; name a member like `W[0]`.',
    message: (p) => `\`${p.name}\` is a group; name one of its members`,
  },
  'not-a-group': {
    severity: 'error',
    description: 'An index on a name that is not a group.',
    message: (p) => `\`${p.name}\` is not a group, so it takes no index`,
  },
  'index-out-of-range': {
    severity: 'error',
    description: 'A group member number, known before the run, outside the group’s range.',
    message: (p) => `\`${p.name}[${p.index}]\` does not exist`,
  },
  'var-outside-group': {
    severity: 'error',
    description: '`i` or `n` used in a process that is not a group.',
    message: (p) => `\`${p.name}\` can only be used inside a group process`,
  },
  'bad-range': {
    severity: 'error',
    description: 'A group range `[A..B]` with A greater than B.',
    message: (p) => `the range ${p.first}..${p.last} is empty`,
  },
  'too-many-processes': {
    severity: 'error',
    description: 'More than 4096 processes in all (every group member counts).',
    message: (p) => `too many processes: this makes ${p.count}, and the limit is 4096`,
  },
  'must-be-positive': {
    severity: 'error',
    description: '`parties`, `capacity`, or a fault line’s `count` or `delay … by`, written as 0.',
    message: (p) => `\`${p.word}\` must be at least 1`,
  },
  'negative-amount': {
    severity: 'error',
    description: 'A `compute` amount or `repeat` count that is negative.',
    message: (p) => `\`${p.word}\` needs 0 or more, but this is ${p.value}`,
  },
  'division-by-zero': {
    severity: 'error',
    description: 'An expression that divides by zero, known before the run.',
    message: () => 'this divides by zero',
  },
  'too-deep': {
    severity: 'error',
    description: 'Blocks or expressions nested beyond what the checker accepts.',
    message: (p) => `this ${p.what} is nested too deeply`,
  },
  'duplicate-option': {
    severity: 'error',
    description: '`count`, `from` or `skip` written twice on one `lose` or `delay` line.',
    message: (p) => `\`${p.word}\` is written twice on this line`,
  },
  'empty-cut': {
    severity: 'error',
    description: 'A `cut A B from T1 to T2` whose window is empty (T1 not before T2).',
    message: (p) => `this cut from t=${p.from} to t=${p.to} covers no time`,
  },
  'restart-without-crash': {
    severity: 'error',
    description: 'A `restart P at T` with no `crash` line bringing P down before T.',
    message: (p) => `\`${p.name}\` restarts at t=${p.at}, but no \`crash\` line brings it down before then`,
  },
  'break-outside-loop': {
    severity: 'error',
    description: 'A `break` that is not inside any `repeat` or `loop`.',
    message: () => '`break` can only leave a `repeat` or a `loop`, and none encloses it',
  },
  'timeout-too-small': {
    severity: 'error',
    description: 'A `timeout` known before the run to be less than 1 tick.',
    message: (p) => `\`timeout\` needs 1 tick or more, but this is ${p.value}`,
  },
  'unknown-goal-kind': {
    severity: 'error',
    description:
      'A `goal` line whose kind is not `outcome`, `time`, `blocked`, `delivered`, `never` or `can`.',
    message: (p) => `unknown kind of goal \`${p.word}\``,
  },
  'unknown-outcome': {
    severity: 'error',
    description:
      'A `goal outcome` line naming an outcome other than `completed`, `idle`, `deadlock`, `limit` or `error`.',
    message: (p) => `unknown outcome \`${p.word}\``,
  },
  'goal-not-equal': {
    severity: 'error',
    description: 'A goal compared with `!=`; goals take `<=`, `<`, `>=`, `>` or `==`.',
    message: () => 'a goal cannot use `!=`',
  },
  'duplicate-goal-text': {
    severity: 'error',
    description: 'Two texts in the same language (or two without a language) on one `goal` line.',
    message: (p) => `this goal already has its words ${p.lang}`,
  },
  'internal-error': {
    severity: 'error',
    description: 'The checker itself failed; please report the scenario.',
    message: (p) => `internal error in the checker: ${p.detail}`,
  },
  unreachable: {
    severity: 'warning',
    description: 'Statements after a `loop` in the same block, which can never run.',
    message: (p) => `this can never run: the \`loop\` on line ${p.line} runs forever`,
  },
  'parties-exceed-users': {
    severity: 'warning',
    description: 'A barrier that waits for more parties than there are processes using it.',
    message: (p) =>
      `barrier \`${p.name}\` waits for ${p.parties} parties, but ${p.users === 0 ? 'no process uses it' : p.users === 1 ? 'only 1 process uses it' : `only ${p.users} processes use it`}`,
  },
  'never-receives': {
    severity: 'warning',
    description: 'A message sent to a process whose program has no `recv`.',
    message: (p) => `\`${p.name}\` never receives, so ${p.what}`,
  },
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof TABLE;

/** Every diagnostic code with its severity and a one-line description (for the docs). */
export const DIAGNOSTIC_CODES: readonly { code: DiagnosticCode; severity: Severity; description: string }[] =
  (Object.keys(TABLE) as DiagnosticCode[]).map((code) => ({
    code,
    severity: TABLE[code].severity,
    description: TABLE[code].description,
  }));

/** Collects diagnostics for one source text, turning offsets into spans. */
export class Reporter {
  readonly list: Diagnostic[] = [];
  constructor(readonly map: LineMap) {}

  /** Reports a problem over [from, to). */
  at(
    code: DiagnosticCode,
    from: number,
    to: number,
    params: Params = {},
    hint: Hint | null = null,
  ): Diagnostic {
    const entry: Entry = TABLE[code];
    const d: Diagnostic = {
      severity: entry.severity,
      code,
      message: entry.message(params),
      hint: hint ? HINTS[hint.id](hint.params ?? {}) : null,
      span: this.map.span(from, to),
      params,
      ...(hint ? { hintId: hint.id, hintParams: hint.params ?? {} } : {}),
    };
    this.list.push(d);
    return d;
  }

  /** True once any error (not warning) was reported. */
  hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }
}
