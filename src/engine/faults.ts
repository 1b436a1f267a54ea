// The fault plan of a run (SPEC §6), built once from the scenario's fault lines: which messages
// are lost or delayed (asked about every message, in send order), and when who crashes or
// restarts. A scenario without fault lines gets a plan that changes nothing.

import type { FaultEnd, FaultLine, Scenario } from '../lang/ast';
import type { Fate } from './network';

/** Endpoint numbers a fault line's end stands for (a group: each member). */
export type Resolve = (end: FaultEnd) => number[];

/** A `crash` or `restart` line: when, and the processes it names. */
export interface LifeLine {
  kind: 'crash' | 'restart';
  at: number;
  procs: number[];
}

interface MessageRule {
  line: FaultLine;
  from: Set<number>;
  to: Set<number>;
  /** Messages seen so far per directed pair (`lose`/`delay` count each pair on its own). */
  seen: Map<number, number>;
}

/** Answers, for every message and every instant, what the fault lines do. */
export class FaultPlan {
  private readonly rules: MessageRule[] = [];
  /** Crash and restart lines not yet due, by time; at one time crashes first, each in source order. */
  private readonly life: LifeLine[];
  private nextLife = 0;

  constructor(
    scenario: Scenario,
    resolve: Resolve,
    private readonly endpoints: number,
  ) {
    const life: (LifeLine & { order: number })[] = [];
    scenario.faults.forEach((line, order) => {
      if (line.kind === 'crash' || line.kind === 'restart') {
        life.push({ kind: line.kind, at: line.at, procs: resolve(line.target), order });
        return;
      }
      this.rules.push({
        line,
        from: new Set(resolve(line.a)),
        to: new Set(resolve(line.b)),
        seen: new Map(),
      });
    });
    const rank = (l: LifeLine & { order: number }) => (l.kind === 'crash' ? 0 : 1);
    life.sort((x, y) => x.at - y.at || rank(x) - rank(y) || x.order - y.order);
    this.life = life;
  }

  /** What happens to a message from `from` to `to` sent at `t`; null when no line touches it. */
  fate(from: number, to: number, t: number): Fate | null {
    if (this.rules.length === 0) return null;
    let extra = 0;
    let lost: Fate['lost'] = null;
    let touched = false;
    for (const rule of this.rules) {
      const line = rule.line;
      if (line.kind === 'cut') {
        const between = (rule.from.has(from) && rule.to.has(to)) || (rule.from.has(to) && rule.to.has(from));
        if (between && line.from <= t && t < line.to) {
          lost ??= 'cut';
          touched = true;
        }
        continue;
      }
      if (line.kind !== 'lose' && line.kind !== 'delay') continue;
      if (t < line.from || !rule.from.has(from) || !rule.to.has(to)) continue;
      const pair = from * this.endpoints + to;
      const k = rule.seen.get(pair) ?? 0;
      rule.seen.set(pair, k + 1);
      if (k < line.skip || k >= line.skip + line.count) continue;
      touched = true;
      if (line.kind === 'lose') lost ??= 'lose';
      else extra += line.by;
    }
    return touched ? { extra, lost } : null;
  }

  /**
   * When the next crash or restart line that would change something is due, or Infinity. Lines
   * that would change nothing (`changes` says no) are dropped: nothing but another such line can
   * make them matter, and that one would come first.
   */
  nextLifeAt(changes: (line: LifeLine) => boolean): number {
    while (this.nextLife < this.life.length) {
      const line = this.life[this.nextLife] as LifeLine;
      if (changes(line)) return line.at;
      this.nextLife++;
    }
    return Infinity;
  }

  /** Removes and returns the crash and restart lines due by `t`, in the order they take effect. */
  dueLife(t: number): LifeLine[] {
    const due: LifeLine[] = [];
    while (this.nextLife < this.life.length && (this.life[this.nextLife] as LifeLine).at <= t) {
      due.push(this.life[this.nextLife++] as LifeLine);
    }
    return due;
  }
}
