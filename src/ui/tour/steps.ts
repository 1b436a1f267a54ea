// The tour's stops: what each caption points at, and where it prefers to sit.

import type { Side } from './place';

export type TourStepId = 'stage' | 'controls' | 'source' | 'menu';

export interface TourStep {
  id: TourStepId;
  /** CSS selectors for the part of the page the caption points at, the first one present wins. */
  targets: readonly string[];
  /** Where the caption sits beside its target, best first. */
  prefer: readonly Side[];
}

export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'stage', targets: ['[data-testid="stage"]'], prefer: ['right', 'below', 'above'] },
  { id: 'controls', targets: ['.theatre .controls', '.controls'], prefer: ['below', 'above', 'right'] },
  {
    id: 'source',
    targets: ['section[aria-labelledby="code-heading"]', '.panel.code'],
    prefer: ['left', 'below', 'above'],
  },
  // The header's Scenario menu (marked for the tour), else the first field of the header.
  {
    id: 'menu',
    targets: ['[data-tour="menu"]', '.app-header .field'],
    prefer: ['below', 'left'],
  },
];

/** The element a step points at, if it is on the page and shown. */
export function findTarget(step: TourStep, root: ParentNode = document): HTMLElement | null {
  for (const selector of step.targets) {
    let el: HTMLElement | null = null;
    try {
      el = root.querySelector<HTMLElement>(selector);
    } catch {
      // A selector this browser cannot parse points at nothing; the next one may.
    }
    if (el && el.getClientRects().length > 0) return el;
  }
  return null;
}
