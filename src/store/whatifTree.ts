// The what-ifs of one scenario: a small tree whose root is the scenario as the user had it and
// whose every other node adds one fault line to its parent's text. Plain data and pure functions;
// the store keeps the trees and saves them locally beside the drafts.

import { check } from '../lang';
import { addFaultLine, withoutLastLines, type FaultSpec } from '../lang/whatif';
import type { KeyValueStore } from './drafts';

export interface Branch {
  /** 0 for the original; then in the order they were made. */
  id: number;
  parent: number | null;
  /** The whole text of this branch (the user may edit it). */
  source: string;
  /** The line this branch added to its parent's text; null for the original. */
  fault: FaultSpec | null;
}

export interface WhatIfTree {
  /** Which scenario it belongs to: `builtin:rpc`, `draft:3`, or `link`, `file`, `example`. */
  key: string;
  branches: Branch[];
  /** The branch on screen. */
  current: number;
  /** Interventions taken back, the last taken back at the end (what redo brings back). */
  redo: Branch[];
}

/** A tree with only the original. */
export function newTree(key: string, source: string): WhatIfTree {
  return { key, branches: [{ id: 0, parent: null, source, fault: null }], current: 0, redo: [] };
}

export function branchOf(tree: WhatIfTree, id: number): Branch | undefined {
  return tree.branches.find((b) => b.id === id);
}

/** A new branch under the current one that adds `fault`; it becomes current, and redo is forgotten. */
export function addBranch(tree: WhatIfTree, fault: FaultSpec): WhatIfTree {
  const parent = branchOf(tree, tree.current) ?? tree.branches[0]!;
  const id = Math.max(...tree.branches.map((b) => b.id)) + 1;
  const branch: Branch = { id, parent: parent.id, source: addFaultLine(parent.source, fault), fault };
  return { ...tree, branches: [...tree.branches, branch], current: id, redo: [] };
}

/** Takes back the last intervention: its branch goes (to redo) and its parent is shown. */
export function undoBranch(tree: WhatIfTree): WhatIfTree {
  // The newest branch: never has children, since they are made after their parent.
  const last = tree.branches.reduce((a, b) => (b.id > a.id ? b : a));
  if (last.parent === null) return tree;
  return {
    ...tree,
    branches: tree.branches.filter((b) => b !== last),
    current: last.parent,
    redo: [...tree.redo, last],
  };
}

/** Brings back the intervention undo took last, and shows it. */
export function redoBranch(tree: WhatIfTree): WhatIfTree {
  const again = tree.redo[tree.redo.length - 1];
  if (!again || !branchOf(tree, again.parent ?? -1)) return tree;
  return { ...tree, branches: [...tree.branches, again], current: again.id, redo: tree.redo.slice(0, -1) };
}

export function withCurrent(tree: WhatIfTree, id: number): WhatIfTree {
  return branchOf(tree, id) ? { ...tree, current: id } : tree;
}

/** The tree with the current branch's text replaced (the user typed in it). */
export function editCurrent(tree: WhatIfTree, source: string): WhatIfTree {
  return { ...tree, branches: tree.branches.map((b) => (b.id === tree.current ? { ...b, source } : b)) };
}

/** The branches in the order a list shows them: each parent before its children, with its depth. */
export function ordered(tree: WhatIfTree): { branch: Branch; depth: number }[] {
  const out: { branch: Branch; depth: number }[] = [];
  const visit = (id: number, depth: number) => {
    const b = branchOf(tree, id);
    if (!b) return;
    out.push({ branch: b, depth });
    for (const c of tree.branches) if (c.parent === id) visit(c.id, depth + 1);
  };
  visit(0, 0);
  return out;
}

/** How many fault lines the current branch added along its path from the original. */
export function depthOf(tree: WhatIfTree, id: number = tree.current): number {
  let depth = 0;
  for (let b = branchOf(tree, id); b && b.parent !== null; b = branchOf(tree, b.parent)) depth++;
  return depth;
}

/**
 * The tree a shared what-if stands for: its text ends with `count` lines that were added one by
 * one to the original. Null when the text does not end that way (then it opens as it is).
 */
export function treeFromText(key: string, source: string, count: number): WhatIfTree | null {
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARED) return null;
  const root = withoutLastLines(source, count);
  if (root === null) return null;
  const faults = check(source).scenario.faults;
  if (faults.length < count) return null;
  const added = faults.slice(faults.length - count);
  let tree = newTree(key, root);
  for (const f of added) {
    const { span: _span, ...fault } = f;
    tree = addBranch(tree, fault as FaultSpec);
  }
  // Anything but the very text shared (say, spacing the printer would write otherwise): keep it.
  return editCurrent(tree, source);
}

/** Most what-ifs a link says the text ends with. */
export const MAX_SHARED = 64;

const KEY = 'rendezvous.whatifs';
/** How many scenarios keep their what-ifs. */
export const MAX_TREES = 8;

/** The saved trees, the last used first; anything unreadable is skipped. */
export function loadTrees(storage: KeyValueStore | null): WhatIfTree[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isTree).slice(0, MAX_TREES) : [];
  } catch {
    return [];
  }
}

export function saveTrees(storage: KeyValueStore | null, trees: readonly WhatIfTree[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify(trees.slice(0, MAX_TREES)));
  } catch {
    // Full or refused: they live on for this visit.
  }
}

/** `trees` with `tree` first (replacing the one with its key); a tree with only its original is dropped. */
export function withTree(trees: readonly WhatIfTree[], tree: WhatIfTree): WhatIfTree[] {
  const rest = trees.filter((t) => t.key !== tree.key);
  return (tree.branches.length > 1 || tree.redo.length > 0 ? [tree, ...rest] : rest).slice(0, MAX_TREES);
}

function isTree(x: unknown): x is WhatIfTree {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Partial<WhatIfTree>;
  return (
    typeof t.key === 'string' &&
    typeof t.current === 'number' &&
    Array.isArray(t.redo) &&
    Array.isArray(t.branches) &&
    t.branches.length > 0 &&
    t.branches.every(isBranch) &&
    t.redo.every(isBranch) &&
    t.branches.some((b) => b.id === t.current) &&
    t.branches[0]!.id === 0
  );
}

function isBranch(x: unknown): x is Branch {
  if (typeof x !== 'object' || x === null) return false;
  const b = x as Partial<Branch>;
  return (
    typeof b.id === 'number' &&
    (b.parent === null || typeof b.parent === 'number') &&
    typeof b.source === 'string' &&
    (b.fault === null ||
      (typeof b.fault === 'object' && typeof (b.fault as { kind?: unknown }).kind === 'string'))
  );
}
