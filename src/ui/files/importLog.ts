// Playing a run recorded elsewhere (loaded when asked for: the first screen does not need it): a
// trace file (.json) or a ShiViz log of a real system, checked first; a bad one leaves a notice
// naming its first bad event or line, and the user's scenario, drafts and run stay as they were.
import { fromShiViz, looksLikeShiViz, MAX_TRACE_CHARS, parseTraceFile } from '../../interchange';
import { SHIVIZ_EXAMPLES } from '../../interchange/examples';
import type { Trace } from '../../engine/trace';
import { appStore } from '../../store';
import { seek, startIndex } from '../commands';
import { fileWords } from './strings';

export { looksLikeShiViz };

type FileLike = Pick<File, 'name' | 'size' | 'text'>;

const refuse = (name: string, reason: string, message?: string): void =>
  appStore.getState().setNotice({ kind: 'file', reason, detail: name, ...(message ? { message } : {}) });

const words = () => fileWords(appStore.getState().lang);

function play(trace: Trace, name: string): void {
  appStore.getState().setNotice(null);
  appStore.getState().showImported(trace, name);
  seek(startIndex());
}

/** The file's text, or null (with a notice) when it is too large or cannot be read. */
async function readText(file: FileLike): Promise<string | null> {
  // UTF-8 takes at least one byte a character: a file this large cannot be within the limit.
  if (file.size > MAX_TRACE_CHARS * 3) return (refuse(file.name, 'too-large', words().tooLarge), null);
  try {
    return await file.text();
  } catch {
    return (refuse(file.name, 'unreadable'), null);
  }
}

/**
 * A text file too large for a scenario: played if it reads as a log or a trace, else refused as
 * the scenario it was taken for.
 */
export async function openLargeFile(file: FileLike): Promise<void> {
  const text = await readText(file);
  if (text === null) return;
  if (looksLikeShiViz(text)) return openShiVizText(text, file.name);
  if (/^\s*\{/.test(text.slice(0, 100))) return openTraceText(text, file.name);
  refuse(file.name, 'too-large');
}

/** Plays a trace file on the stage, the diagram and the metrics; the scenario text stays as it was. */
export async function openTraceFile(file: FileLike): Promise<void> {
  const text = await readText(file);
  if (text !== null) openTraceText(text, file.name);
}

/** Plays trace JSON read from `name`, or leaves a notice naming its first bad event. */
export function openTraceText(text: string, name: string): void {
  const read = parseTraceFile(text);
  if (!read.ok)
    return refuse(
      name,
      read.reason,
      read.reason === 'too-large' ? words().tooLarge : words().badTrace(read.message),
    );
  play(read.trace, name);
}

/** Plays a ShiViz log file (hosts become processes), or leaves a notice naming its first bad line. */
export async function openShiVizFile(file: FileLike): Promise<void> {
  const text = await readText(file);
  if (text !== null) openShiVizText(text, file.name);
}

/** Plays the text of a ShiViz log read from `name`. */
export function openShiVizText(text: string, name: string): void {
  const read = fromShiViz(text, undefined, { title: name });
  if (!read.ok)
    return refuse(
      name,
      read.reason,
      read.reason === 'too-large' ? words().tooLarge : words().badLog(read.message),
    );
  play(read.trace, name);
}

/** Plays one of the bundled example logs, titled as the menu names it. */
export function openShiVizExample(id: string, name?: string): void {
  const example = SHIVIZ_EXAMPLES.find((e) => e.id === id);
  if (!example) return;
  const title = name ?? example.title;
  const read = fromShiViz(example.log, undefined, { title });
  if (read.ok) play(read.trace, title);
  else refuse(title, read.reason, words().badLog(read.message));
}
