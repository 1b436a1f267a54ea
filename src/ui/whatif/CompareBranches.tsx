import { useState } from 'react';
import { useApp } from '../../store';
import type { Branch, WhatIfTree } from '../../store/whatifTree';
import { ordered } from '../../store/whatifTree';
import { branchName } from './BranchBar';
import { useWhatIfStrings } from './strings';

/** Opens the branch on screen beside any other (its parent, at first) in the compare view, on one clock. */
export function CompareBranches({ tree, current }: { tree: WhatIfTree; current: Branch }) {
  const w = useWhatIfStrings();
  const lang = useApp((st) => st.lang);
  const openCompare = useApp((st) => st.openCompare);
  const others = ordered(tree)
    .map((x) => x.branch)
    .filter((b) => b.id !== current.id);
  const [chosen, setChosen] = useState<number | null>(null);
  const fallback = others.find((b) => b.id === current.parent) ?? others[0];
  const other = others.find((b) => b.id === chosen) ?? fallback;
  if (!other) return null;
  const side = (b: Branch) => ({ title: branchName(b, w, lang), source: b.source, key: `branch-${b.id}` });
  // The original on the left, as a class reads a before and an after.
  const [a, b] = other.id < current.id ? [other, current] : [current, other];
  return (
    <span className="branch-compare">
      <label>
        <span className="visually-hidden">{w.compareWith}</span>
        <select
          aria-label={w.compareWith}
          value={other.id}
          onChange={(e) => setChosen(Number(e.currentTarget.value))}
          data-testid="whatif-compare-with"
        >
          {others.map((b) => (
            <option key={b.id} value={b.id}>
              {branchName(b, w, lang)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => openCompare(side(a), side(b))} data-testid="whatif-compare">
        {w.compare}
      </button>
    </span>
  );
}
