// The checked form of a scenario. Every node carries the span of source text it came from.

/** A stretch of source text. Offsets count UTF-16 units (as editors do); columns count Unicode characters. */
export interface Span {
  /** Offset of the first character (UTF-16 units, from 0). */
  from: number;
  /** Offset just past the last character. */
  to: number;
  /** 1-based line of `from`. */
  line: number;
  /** 1-based column of `from`, counted in Unicode characters (code points). */
  col: number;
  endLine: number;
  endCol: number;
}

export type Lang = 'en' | 'ko';

/** A piece of text with an optional language tag (`title ko "…"`). */
export interface Localized {
  lang: Lang | null;
  text: string;
  span: Span;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%';
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type Expr =
  | { kind: 'num'; value: number; span: Span }
  | { kind: 'var'; name: 'i' | 'n'; span: Span }
  | { kind: 'neg'; operand: Expr; span: Span }
  | { kind: 'paren'; inner: Expr; span: Span }
  | { kind: 'bin'; op: BinaryOp; left: Expr; right: Expr; span: Span };

export interface Cond {
  kind: 'compare';
  op: CompareOp;
  left: Expr;
  right: Expr;
  span: Span;
}

/** `if timedout` / `if not timedout` (SPEC §6): did the most recent statement with a `timeout` give up? */
export interface TimedOutCond {
  kind: 'timedout';
  negated: boolean;
  span: Span;
}

/** What an `if` tests. */
export type Condition = Cond | TimedOutCond;

/** A process named directly (`Server`) or a member of a group (`W[i+1]`). */
export interface Target {
  name: string;
  index: Expr | null;
  span: Span;
}

export interface NameRef {
  name: string;
  span: Span;
}

export type Stmt =
  | { kind: 'compute'; amount: Expr; span: Span }
  | { kind: 'send'; to: Target; payload: string | null; span: Span }
  /** `timeout`: the `timeout E` suffix (SPEC §6), when written; likewise on recv, call, consume, barrier. */
  | { kind: 'ssend'; to: Target; payload: string | null; timeout?: Expr; span: Span }
  | { kind: 'call'; to: Target; payload: string | null; timeout?: Expr; span: Span }
  | { kind: 'recv'; from: Target | null; timeout?: Expr; span: Span }
  | { kind: 'reply'; payload: string | null; span: Span }
  | { kind: 'publish'; queue: NameRef; payload: string | null; span: Span }
  | { kind: 'consume'; queue: NameRef; timeout?: Expr; span: Span }
  | { kind: 'barrier'; barrier: NameRef; timeout?: Expr; span: Span }
  | { kind: 'note'; lang: Lang | null; text: string; span: Span }
  /** A predict-then-reveal checkpoint: playback pauses on it and asks the class `text`. */
  | { kind: 'ask'; lang: Lang | null; text: string; answer: string | null; span: Span }
  | { kind: 'repeat'; count: Expr; body: Stmt[]; span: Span }
  | { kind: 'loop'; body: Stmt[]; span: Span }
  | { kind: 'if'; cond: Condition; then: Stmt[]; else: Stmt[] | null; span: Span }
  /** Leaves the innermost `repeat` or `loop` (SPEC §6). */
  | { kind: 'break'; span: Span };

export type StmtKind = Stmt['kind'];

/** `process NAME … end` or `process NAME[A..B] … end`. */
export interface ProcessDecl {
  name: string;
  nameSpan: Span;
  /** The bracket range of a group, or null for a single process. */
  group: { first: number; last: number } | null;
  body: Stmt[];
  span: Span;
}

export interface LinkDecl {
  a: NameRef;
  b: NameRef;
  latency: number;
  span: Span;
}

export interface BarrierDecl {
  name: string;
  /** Parties in force: as declared, or inferred from the processes whose program contains `barrier NAME`. */
  parties: number;
  /** Whether `parties N` was written. */
  partiesDeclared: boolean;
  /** False when the barrier is only used, never declared. */
  declared: boolean;
  span: Span | null;
}

export interface QueueDecl {
  name: string;
  /** Null for an unbounded queue. */
  capacity: number | null;
  declared: boolean;
  span: Span | null;
}

/** An endpoint named in a fault line: a process, a group (each member), a member (literal index) or a queue. */
export interface FaultEnd {
  name: string;
  index: number | null;
  span: Span;
}

/** A top-level fault line (SPEC §6); every number is a literal. */
export type FaultLine =
  | { kind: 'crash'; target: FaultEnd; at: number; span: Span }
  | { kind: 'restart'; target: FaultEnd; at: number; span: Span }
  /** The first `count` messages from `a` to `b` sent at or after `from`, after passing over `skip`. */
  | { kind: 'lose'; a: FaultEnd; b: FaultEnd; count: number; from: number; skip: number; span: Span }
  | {
      kind: 'delay';
      a: FaultEnd;
      b: FaultEnd;
      by: number;
      count: number;
      from: number;
      skip: number;
      span: Span;
    }
  /** Every message between `a` and `b`, either way, sent at t with from ≤ t < to. */
  | { kind: 'cut'; a: FaultEnd; b: FaultEnd; from: number; to: number; span: Span };

/** How a run ended (SPEC §2); the kinds a `goal outcome` line may name. */
export type OutcomeKind = 'completed' | 'idle' | 'deadlock' | 'limit' | 'error';

/** The comparisons a goal with a number takes (SPEC §7): `!=` is not among them. */
export type GoalOp = '<=' | '<' | '>=' | '>' | '==';

/** A top-level `goal` line (SPEC §7): checked against the run's trace, it never changes the run.
 *  `texts` are the exercise's own words for it, `[LANG] "text"` pairs in source order. */
export type GoalLine =
  | { kind: 'outcome'; outcome: OutcomeKind; texts: Localized[]; span: Span }
  /** `goal never KIND` / `goal can KIND` (SPEC §8): checked by exploring every order, not by the run. */
  | {
      kind: 'never' | 'can';
      outcome: OutcomeKind;
      /** `lose N`: checked in the orders where the network may also lose up to N messages (`--lose N`). */
      lose?: number;
      texts: Localized[];
      span: Span;
    }
  | { kind: 'time'; op: GoalOp; value: number; texts: Localized[]; span: Span }
  /** `target` is a process, a group (its members added up) or a member with a literal number. */
  | {
      kind: 'blocked' | 'delivered';
      target: FaultEnd;
      op: GoalOp;
      value: number;
      texts: Localized[];
      span: Span;
    };

export type GoalKind = GoalLine['kind'];

/** A setting line (`latency`, `jitter`, `seed`) with where it was written, for editors and knobs. */
export interface Setting {
  value: number;
  span: Span | null;
}

/** One running process: a single process, or one member of a group. */
export interface ProcessInstance {
  /** `Server`, or `W[2]` for a group member. */
  name: string;
  /** Index into `Scenario.processes`. */
  decl: number;
  /** The member's number inside a group (`i`), or null. */
  i: number | null;
  /** The group's size (`n`), or null. */
  n: number | null;
}

export interface Scenario {
  titles: Localized[];
  abouts: Localized[];
  latency: Setting;
  jitter: Setting;
  seed: Setting;
  links: LinkDecl[];
  /** Declared barriers first (source order), then implicit ones in order of first use. */
  barriers: BarrierDecl[];
  /** Declared queues first (source order), then implicit ones in order of first use. */
  queues: QueueDecl[];
  processes: ProcessDecl[];
  /** Processes as they run, in declaration order, groups expanded. */
  instances: ProcessInstance[];
  /** Fault lines in source order (SPEC §6). */
  faults: FaultLine[];
  /** True when the scenario uses anything of SPEC §6 (a fault line, `timeout`, `timedout`, `break`):
   *  its outcome then lists `crashed`. */
  failures: boolean;
  /** Goal lines in source order (SPEC §7). */
  goals: GoalLine[];
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier of the kind of problem (for documentation links and tests), e.g. `unknown-keyword`. */
  code: string;
  message: string;
  hint: string | null;
  span: Span;
  /** The values filled into the message template (for translating by `code`). */
  params?: Readonly<Record<string, string | number>>;
  /** Which hint template produced `hint`, and its values (for translating). */
  hintId?: string;
  hintParams?: Readonly<Record<string, string | number>>;
}

export interface CheckResult {
  /** Best-effort even when there are errors; only run it when `ok`. */
  scenario: Scenario;
  diagnostics: Diagnostic[];
  /** True when there is no error (warnings allowed). */
  ok: boolean;
}
