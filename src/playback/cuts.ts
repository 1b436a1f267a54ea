// The windows in which the scenario's `cut` lines sever a wire (SPEC §6), per pair of endpoints,
// for the stage to draw a wire cut while the playhead is inside one. Pure: scenario in, list out.

import type { FaultEnd, Scenario } from '../lang/ast';

/** One cut wire: endpoints `a` < `b` (sorted by name), severed for sends at t with from ≤ t < to. */
export interface CutWindow {
  readonly a: string;
  readonly b: string;
  readonly from: number;
  readonly to: number;
}

/** The endpoint names a fault line's end stands for: a process, each member of a group, a member, a queue. */
export function endNames(scenario: Scenario, end: FaultEnd): string[] {
  if (end.index !== null) return [`${end.name}[${end.index}]`];
  const group = scenario.processes.findIndex((p) => p.name === end.name && p.group !== null);
  if (group >= 0) return scenario.instances.filter((i) => i.decl === group).map((i) => i.name);
  return [end.name];
}

/** Every wire the scenario cuts, one entry per pair and window, in source order (each pair sorted). */
export function cutWindows(scenario: Scenario): CutWindow[] {
  const out: CutWindow[] = [];
  const seen = new Set<string>();
  for (const line of scenario.faults) {
    if (line.kind !== 'cut') continue;
    for (const x of endNames(scenario, line.a))
      for (const y of endNames(scenario, line.b)) {
        if (x === y) continue;
        const [a, b] = x < y ? [x, y] : [y, x];
        const key = `${a}\u0000${b}\u0000${line.from}\u0000${line.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(Object.freeze({ a, b, from: line.from, to: line.to }));
      }
  }
  return out;
}

/** The windows open at time t (from ≤ t < to), at most one per pair: the one that lasts longest. */
export function cutsAt(windows: readonly CutWindow[], t: number): CutWindow[] {
  const byPair = new Map<string, CutWindow>();
  for (const w of windows) {
    if (!(w.from <= t && t < w.to)) continue;
    const key = `${w.a}\u0000${w.b}`;
    const other = byPair.get(key);
    if (!other || w.to > other.to) byPair.set(key, w);
  }
  return [...byPair.values()];
}
