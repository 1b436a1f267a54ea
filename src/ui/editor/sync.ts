// How an outside change of the `value` prop reaches the document: nothing, a minimal edit (a knob
// changed one line: it stays undoable), or a fresh document with a fresh history (another scenario).

export type SyncPlan =
  | { kind: 'none' }
  | { kind: 'change'; from: number; to: number; insert: string }
  | { kind: 'reset'; text: string };

/** CodeMirror keeps `\n` line breaks only; compare and insert text in that form. */
export function normalizeBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Where two texts differ: [from, toA) in `a` became [from, toB) in `b`. */
export function diffRange(a: string, b: string): { from: number; toA: number; toB: number } {
  let from = 0;
  const min = Math.min(a.length, b.length);
  while (from < min && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  let toA = a.length;
  let toB = b.length;
  while (toA > from && toB > from && a.charCodeAt(toA - 1) === b.charCodeAt(toB - 1)) {
    toA--;
    toB--;
  }
  // Never split a surrogate pair.
  if (from > 0 && isHigh(a.charCodeAt(from - 1))) from--;
  if (toA < a.length && isLow(a.charCodeAt(toA))) {
    toA++;
    toB++;
  }
  return { from, toA, toB };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * What to do when the prop `value` arrives while the document holds `current`: a small edit when
 * at least half of the text stays, else a new document.
 */
export function planSync(current: string, value: string): SyncPlan {
  const next = normalizeBreaks(value);
  if (next === current) return { kind: 'none' };
  const { from, toA, toB } = diffRange(current, next);
  const kept = from + (current.length - toA);
  if (current.length === 0 || kept * 2 < Math.max(current.length, next.length))
    return { kind: 'reset', text: next };
  return { kind: 'change', from, to: toA, insert: next.slice(from, toB) };
}
