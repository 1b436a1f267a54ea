// Fitting captions into SVG boxes, which do not wrap text by themselves.

/** Display width of a string in "narrow characters": wide (CJK) characters count as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/** Breaks `text` at spaces into at most `maxLines` lines of at most `width` narrow characters; the last line ends in … when cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const next = line ? `${line} ${word}` : word;
    if (displayWidth(next) <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines.pop()!;
      lines.push(`${truncate(last + ' ' + words.slice(k).join(' '), width)}`);
      return lines;
    }
  }
  if (line) lines.push(truncate(line, width));
  return lines;
}

function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
