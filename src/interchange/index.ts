// Interchange: traces in and out of Rendezvous (pure; the CLI and the UI both call it).

export {
  MAX_TRACE_CHARS,
  TRACE_VERSION,
  parseTraceFile,
  type TraceFileError,
  type TraceFileProblem,
  type TraceFileResult,
} from './traceFile';
export { SHIVIZ_DELIMITER, SHIVIZ_REGEX, toShiViz, toShiVizFile } from './shiviz';
export { fromShiViz, type ShiVizImportOptions, type ShiVizResult } from './shivizImport';
export { mermaidText, toMermaid, type MermaidOptions } from './mermaid';
export { scenarioOfTrace } from './scenarioOf';
export { clampRange, mermaidRanges, type MermaidRange, type MermaidRangeKind } from './mermaidRange';
export { looksLikeShiViz } from './shivizDetect';
