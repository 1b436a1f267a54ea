// Sweeps and many seeds (issue 15): turn one knob over a range, run every point, tabulate the
// results. Pure: no React, DOM or store; the app and the CLI bring the runner.

export { SweepError, sweepErrorText, type SweepErrorCode } from './errors';
export {
  findKnob,
  knobChange,
  suggestedRange,
  sweepKnobs,
  withKnob,
  type KnobTarget,
  type SweepKnob,
} from './knobs';
export {
  MAX_POINTS,
  formatRange,
  parseRange,
  rangeCount,
  rangeValues,
  sweepPoints,
  type SweepPoint,
  type SweepRange,
} from './points';
export { pointMetrics, type PointMetrics } from './metrics';
export {
  COLUMNS,
  MAX_BINS,
  csvField,
  seedSummary,
  sweepTable,
  toCsv,
  type FinishBin,
  type SeedSummary,
  type SweepRow,
  type SweepTable,
} from './table';
export { SweepAborted, runSweep, type RunOne, type RunSweepOptions, type SweepProgress } from './runner';
export { inProcessRunner } from './inprocess';
