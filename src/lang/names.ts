// The one namespace shared by processes, groups, queues and barriers, and the lookups that
// report unknown, duplicate or wrong-kind names with a "did you mean" among the right kind.

import type { BarrierDecl, NameRef, ProcessDecl, QueueDecl, Span } from './ast';
import type { Hint, Reporter } from './diagnostics';
import { suggest } from './suggest';
import type { DeclKind, Parsed } from './toplevel';

interface Entry {
  kind: DeclKind;
  /** Where it was declared, or null for an implicit queue or barrier. */
  span: Span | null;
}

export class Namespace {
  private readonly entries = new Map<string, Entry>();
  /** First declaration of each process or group name → index into `processes`. */
  private readonly procIndex = new Map<string, number>();
  private readonly suggestions = new Map<string, string | null>();
  /** Candidate names per set of kinds; dropped whenever a name is added. */
  private readonly pools = new Map<string, string[]>();
  readonly queues: QueueDecl[];
  readonly barriers: BarrierDecl[];

  constructor(
    readonly parsed: Parsed,
    private readonly report: Reporter,
  ) {
    for (const d of parsed.names) {
      const prev = this.entries.get(d.name);
      if (prev) {
        report.at(
          'duplicate-name',
          d.span.from,
          d.span.to,
          { name: d.name, kind: prev.kind, line: prev.span?.line ?? 0 },
          {
            id: 'one-namespace',
          },
        );
      } else this.entries.set(d.name, { kind: d.kind, span: d.span });
    }
    parsed.processes.forEach((p, k) => {
      if (!this.procIndex.has(p.name)) this.procIndex.set(p.name, k);
    });
    // Duplicated queue or barrier declarations stay out: the first one is the one in force.
    this.queues = parsed.queues.filter((q) => this.isFirst(q.name, 'queue', q.span));
    this.barriers = parsed.barriers.filter((b) => this.isFirst(b.name, 'barrier', b.span));
  }

  private isFirst(name: string, kind: DeclKind, span: Span | null): boolean {
    const e = this.entries.get(name);
    return (
      e !== undefined && e.kind === kind && e.span !== null && span !== null && e.span.line === span.line
    );
  }

  kindOf(name: string): DeclKind | null {
    return this.entries.get(name)?.kind ?? null;
  }

  /** The process declaration a process or group name refers to. */
  process(name: string): ProcessDecl | null {
    const k = this.procIndex.get(name);
    return k === undefined ? null : (this.parsed.processes[k] ?? null);
  }

  /** Index of that declaration in `processes`. */
  processIndex(name: string): number | null {
    return this.procIndex.get(name) ?? null;
  }

  /** "did you mean" among the names of the given kinds. */
  hintFor(name: string, kinds: readonly DeclKind[]): Hint | null {
    const key = `${kinds.join(',')}:${name}`;
    let guess = this.suggestions.get(key);
    if (guess === undefined) {
      const poolKey = kinds.join(',');
      let pool = this.pools.get(poolKey);
      if (!pool) {
        pool = [...this.entries].filter(([, e]) => kinds.includes(e.kind)).map(([n]) => n);
        this.pools.set(poolKey, pool);
      }
      guess = suggest(name, pool);
      this.suggestions.set(key, guess);
    }
    return guess === null ? null : { id: 'did-you-mean', params: { name: guess } };
  }

  /** Resolves `publish Q`/`consume Q`, declaring the queue implicitly on first use. */
  useQueue(ref: NameRef): void {
    this.use(ref, 'queue');
  }

  /** Resolves `barrier B`, declaring the barrier implicitly on first use. */
  useBarrier(ref: NameRef): void {
    this.use(ref, 'barrier');
  }

  private use(ref: NameRef, want: 'queue' | 'barrier'): void {
    const kind = this.kindOf(ref.name);
    if (kind === null) {
      this.entries.set(ref.name, { kind: want, span: null });
      this.pools.clear();
      this.suggestions.clear();
      if (want === 'queue') this.queues.push({ name: ref.name, capacity: null, declared: false, span: null });
      else
        this.barriers.push({
          name: ref.name,
          parties: 0,
          partiesDeclared: false,
          declared: false,
          span: null,
        });
      return;
    }
    if (kind === want) return;
    const hint: Hint | null =
      want === 'barrier'
        ? null
        : kind === 'barrier'
          ? { id: 'barrier-statement' }
          : { id: 'queue-statements' };
    this.report.at(
      'wrong-kind',
      ref.span.from,
      ref.span.to,
      { name: ref.name, actual: kind, expected: want },
      hint,
    );
  }
}
