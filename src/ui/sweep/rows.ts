// One run of a sweep as the panel keeps it: the core's row (the knob's value and the run's metrics)
// and the scenario text that was run, which opening the point puts on screen.

import type { SweepRow } from '../../sweep/table';

export interface PointRow extends SweepRow {
  text: string;
}
