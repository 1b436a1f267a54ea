import { useMemo } from 'react';
import type { World } from '../../playback/world';
import { useApp } from '../../store';

export interface CodeView {
  /** 1-based line → the processes whose current statement is on it. */
  markers: Map<number, string[]>;
  /** The selected process's declaration, as a line range, or null. */
  selectedLines: { from: number; to: number } | null;
  /** The line to keep in view: the selected process's, else the one that acted last. */
  focusLine: number | null;
  selected: string | null;
}

/** What the source view marks at this moment of playback (used by the editor and its fallback). */
export function useCodeView(world: World | null): CodeView {
  const scenario = useApp((st) => st.runScenario);
  const selected = useApp((st) => st.selected);
  // Keyed by content, so that an event which moves no marker leaves the editor alone.
  const key = (world?.processes ?? [])
    .filter((p) => p.line !== null && p.status !== 'done')
    .map((p) => `${p.line}\u0000${p.name}`)
    .join('\u0001');
  const markers = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const entry of key ? key.split('\u0001') : []) {
      const [line, name] = entry.split('\u0000') as [string, string];
      map.set(Number(line), [...(map.get(Number(line)) ?? []), name]);
    }
    return map;
  }, [key]);
  const inst = scenario?.instances.find((i) => i.name === selected);
  const decl = inst ? scenario?.processes[inst.decl] : undefined;
  const selectedLine = selected ? (world?.processes.find((p) => p.name === selected)?.line ?? null) : null;
  const actor = world?.processes.find((p) => p.name === world.running) ?? null;
  return {
    markers,
    selectedLines: decl ? { from: decl.span.line, to: decl.span.endLine } : null,
    focusLine: selectedLine ?? actor?.line ?? null,
    selected,
  };
}
