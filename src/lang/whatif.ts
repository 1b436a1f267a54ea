// What-ifs as edits of the scenario text (SPEC §6 "What-ifs in the app"): an intervention on the
// stage becomes one fault line added to the text. It goes at the very end, after every process, so
// no line above it moves: the trace's line numbers, the code panel and everything the run did
// before the intervention stay exactly as they were.

import { NO_SPAN } from './span';
import type { FaultEnd, FaultLine } from './ast';
import { printFault } from './printer';

/** A fault line without its place in a text: what an intervention adds. */
export type FaultSpec = WithoutSpan<FaultLine>;
type WithoutSpan<T> = T extends unknown ? Omit<T, 'span'> : never;

/** The line of text `fault` is written as (`lose Server Client from 3`). */
export function faultText(fault: FaultSpec): string {
  return printFault({ ...fault, span: NO_SPAN } as FaultLine);
}

/** The endpoint a trace names: `W[2]` is member 2 of group W; any other name stands for itself. */
export function faultEnd(name: string): FaultEnd {
  const m = /^(.*)\[([0-9]+)\]$/u.exec(name);
  if (m?.[1] && m[2] !== undefined) return { name: m[1], index: Number(m[2]), span: NO_SPAN };
  return { name, index: null, span: NO_SPAN };
}

/**
 * `source` with `fault` written as its last line. The first what-if of a text is set off from the
 * program by a blank line; the text's own line ending is used (CRLF stays CRLF).
 */
export function addFaultLine(source: string, fault: FaultSpec): string {
  const eol = /\r\n|\r|\n/u.exec(source)?.[0] ?? '\n';
  let base = source;
  if (base.length > 0 && !/[\r\n]$/u.test(base)) base += eol;
  const blank = base.length > 0 && !endsWithFaultLine(base) && !base.endsWith(eol + eol) ? eol : '';
  return `${base}${blank}${faultText(fault)}${eol}`;
}

/** Whether the text's last non-empty line is a fault line (then a new one follows it directly). */
function endsWithFaultLine(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/u).filter((l) => l.trim() !== '');
  const last = lines[lines.length - 1]?.trim() ?? '';
  return /^(crash|restart|lose|delay|cut)\s/u.test(last);
}

/**
 * The text before its last `count` lines were added by `addFaultLine` (and the blank line set
 * before the first of them): the original a shared what-if branched from. Null when the text does
 * not end with `count` lines that look like fault lines.
 */
export function withoutLastLines(source: string, count: number): string | null {
  let text = source;
  for (let k = 0; k < count; k++) {
    const m = /(^|\r\n|\r|\n)([^\r\n]*)(\r\n|\r|\n)?$/u.exec(text);
    if (!m || !/^(crash|restart|lose|delay|cut)\s/u.test(m[2] ?? '')) return null;
    text = text.slice(0, m.index + (m[1]?.length ?? 0));
  }
  if (count > 0) {
    // The blank line the first what-if was set off by.
    const eol = /\r\n|\r|\n/u.exec(source)?.[0] ?? '\n';
    if (text.endsWith(eol + eol)) text = text.slice(0, text.length - eol.length);
  }
  return text;
}
