// Fitting captions into SVG boxes, which do not wrap text by themselves. Lines break only at
// spaces, so a Korean word is never split (as CSS `word-break: keep-all` would do), and a short
// last word ("중", "on") is not left alone on its line.

/** Display width of a string in "narrow characters": wide (CJK) characters count as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/** How wide a string is, in whatever unit `width` below uses. */
export type Measure = (text: string) => number;

/**
 * Breaks `text` at spaces into at most `maxLines` lines no wider than `width`; the last line ends
 * in … when the text is cut. Without `measure`, widths count narrow characters.
 */
export function wrapText(
  text: string,
  width: number,
  maxLines: number,
  measure: Measure = displayWidth,
): string[] {
  const words = glue(text.split(/\s+/).filter(Boolean));
  const lines: string[][] = [];
  let line: string[] = [];
  for (const word of words) {
    const next = [...line, word];
    if (line.length === 0 || measure(next.join(' ')) <= width) line = next;
    else {
      lines.push(line);
      line = [word];
    }
  }
  if (line.length) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const rest = lines.slice(maxLines - 1).flat();
    return [...kept.slice(0, -1).map((l) => l.join(' ')), truncate(rest.join(' '), width, measure, true)];
  }
  // No widow: a last line of one short word takes the word before it along, when that fits.
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (last && before && last.length === 1 && displayWidth(last[0]!) <= 3 && before.length > 1) {
    const moved = [before[before.length - 1]!, ...last];
    if (measure(moved.join(' ')) <= width) {
      lines[lines.length - 2] = before.slice(0, -1);
      lines[lines.length - 1] = moved;
    }
  }
  return lines.map((l) => truncate(l.join(' '), width, measure, false));
}

/**
 * Joins a one-syllable Korean word to the word before it ("기다리는 중", "할 수"), with a
 * no-break space, so that no line starts with it.
 */
function glue(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const last = out.length - 1;
    if (last >= 0 && /^[\uac00-\ud7a3]$/u.test(word)) out[last] = `${out[last]}\u00a0${word}`;
    else out.push(word);
  }
  return out;
}

/** `text` cut to `width` with a trailing …; `cut` says the text goes on even if it would fit. */
export function truncate(text: string, width: number, measure: Measure = displayWidth, cut = false): string {
  if (!cut && measure(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (measure(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * "label: A, B, C" with as many names as fit in `width`, the rest counted ("+3"); "label: —" when
 * there are none.
 */
export function fitList(
  label: string,
  names: readonly string[],
  width: number,
  measure: Measure = displayWidth,
): string {
  if (names.length === 0) return `${label}: —`;
  for (let k = names.length; k >= 1; k--) {
    const text = `${label}: ${names.slice(0, k).join(', ')}${k < names.length ? ` +${names.length - k}` : ''}`;
    if (measure(text) <= width) return text;
  }
  return truncate(`${label}: +${names.length}`, width, measure);
}
