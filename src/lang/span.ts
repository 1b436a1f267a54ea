// Offsets → lines and columns. Editors speak UTF-16 offsets, people read code-point columns,
// so one map answers both without rescanning the text for every diagnostic.

import type { Span } from './ast';

/** True for the UTF-16 units that end a line (`\n`, or `\r` on its own or before `\n`). */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Maps UTF-16 offsets of one source text to 1-based lines and code-point columns. */
export class LineMap {
  /** Offset where each line begins (index 0 is line 1). */
  readonly lineStarts: number[] = [0];
  /** Surrogate pairs seen before each offset, or null when the text has none (the usual case). */
  private readonly pairsBefore: Int32Array | null;

  constructor(readonly source: string) {
    const len = source.length;
    let hasPairs = false;
    for (let k = 0; k < len; k++) {
      const c = source.charCodeAt(k);
      if (c === 13) {
        if (source.charCodeAt(k + 1) === 10) k++;
        this.lineStarts.push(k + 1);
      } else if (c === 10) {
        this.lineStarts.push(k + 1);
      } else if (c >= 0xdc00 && c <= 0xdfff && k > 0 && isHigh(source.charCodeAt(k - 1))) {
        hasPairs = true;
      }
    }
    this.pairsBefore = hasPairs ? countPairs(source) : null;
  }

  /** Number of lines (an empty text has one). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based code-point column of an offset on its line. */
  colOf(offset: number): number {
    const start = this.lineStarts[this.lineOf(offset) - 1] ?? 0;
    return this.codePoints(offset) - this.codePoints(start) + 1;
  }

  /** A span over [from, to), clamped into the text so it is always valid. */
  span(from: number, to: number): Span {
    const len = this.source.length;
    const a = Math.max(0, Math.min(from, len));
    const b = Math.max(a, Math.min(to, len));
    return {
      from: a,
      to: b,
      line: this.lineOf(a),
      col: this.colOf(a),
      endLine: this.lineOf(b),
      endCol: this.colOf(b),
    };
  }

  /** Code points before an offset. */
  private codePoints(offset: number): number {
    return offset - (this.pairsBefore ? (this.pairsBefore[offset] ?? 0) : 0);
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function countPairs(source: string): Int32Array {
  const out = new Int32Array(source.length + 1);
  let pairs = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k > 0 && isHigh(source.charCodeAt(k - 1))) pairs++;
    out[k + 1] = pairs;
  }
  return out;
}

/** The span of something no text was written for (a line an intervention adds, a scenario read from a trace). */
export const NO_SPAN: Span = { from: 0, to: 0, line: 0, col: 0, endLine: 0, endCol: 0 };
