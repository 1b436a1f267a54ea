import { useEffect, useRef } from 'react';
import { describeFault } from '../../playback/whatif';
import { useApp } from '../../store';
import { ordered, type Branch } from '../../store/whatifTree';
import { Icon } from '../controls/icons';
import { useWhatIfStrings, type WhatIfStrings } from './strings';
import { redoWhatIf, undoWhatIf } from './commands';
import { CompareBranches } from './CompareBranches';
import './whatif.css';

/** The name of a branch: what it changed, or "Original". */
export function branchName(branch: Branch, w: WhatIfStrings, lang: 'en' | 'ko'): string {
  return branch.fault ? describeFault(branch.fault, lang) : w.original;
}

/**
 * The what-ifs of the scenario on screen: the original and each branch (indented under the one it
 * came from), one click to switch, undo and redo, and a compare of any two.
 */
export function BranchBar() {
  const w = useWhatIfStrings();
  const lang = useApp((st) => st.lang);
  const tree = useApp((st) => st.whatIf);
  const showBranch = useApp((st) => st.showBranch);
  const list = useRef<HTMLUListElement>(null);
  const shown = tree?.current;
  const count = tree?.branches.length;
  // The branch on screen stays in view in a list that scrolls sideways.
  useEffect(() => {
    list.current?.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [shown, count]);
  if (!tree || (tree.branches.length < 2 && tree.redo.length === 0)) return null;
  const rows = ordered(tree);
  const current = rows.find((x) => x.branch.id === tree.current)?.branch;
  return (
    <nav className="branch-bar" aria-label={w.branches} title={w.keysHelp} data-testid="branch-bar">
      <span className="branch-bar-title">{w.branches}</span>
      <ul ref={list}>
        {rows.map(({ branch, depth }) => {
          const name = branchName(branch, w, lang);
          const on = branch.id === tree.current;
          return (
            <li key={branch.id}>
              <button
                type="button"
                className={on ? 'branch current' : 'branch'}
                aria-current={on ? 'true' : undefined}
                onClick={() => showBranch(branch.id)}
                data-testid={`branch-${branch.id}`}
                title={name}
              >
                {depth > 0 && <span aria-hidden="true">{'↳'.padStart(depth, '·')} </span>}
                {name}
              </button>
            </li>
          );
        })}
      </ul>
      <span className="branch-tools">
        <button
          type="button"
          onClick={undoWhatIf}
          disabled={tree.branches.length < 2}
          aria-label={w.undo}
          title={`${w.undo} (Ctrl+Z)`}
          data-testid="whatif-undo"
        >
          <Icon name="undo" size={18} />
        </button>
        <button
          type="button"
          onClick={redoWhatIf}
          disabled={tree.redo.length === 0}
          aria-label={w.redo}
          title={`${w.redo} (Ctrl+Shift+Z)`}
          data-testid="whatif-redo"
        >
          <Icon name="redo" size={18} />
        </button>
        {current && tree.branches.length > 1 && <CompareBranches tree={tree} current={current} />}
      </span>
      <span className="visually-hidden" role="status">
        {current ? w.nowShowing(branchName(current, w, lang)) : ''}
      </span>
    </nav>
  );
}
