import { appStore } from '../../store';
import { seek, startIndex } from '../commands';
import { readScenarioFile } from './read';

/**
 * Opens a picked or dropped file: a scenario (`.rdv`), or a trace (`.json`, from the app or the
 * command line) to play read-only. A file that is neither leaves a notice and changes nothing.
 */
export async function openFile(file: File): Promise<void> {
  if (/\.json$/i.test(file.name)) return openTraceFile(file);
  const result = await readScenarioFile(file);
  if (result.ok) appStore.getState().open(result.text, { kind: 'file', name: result.name });
  else appStore.getState().setNotice({ kind: 'file', reason: result.reason, detail: result.name });
}

/** Plays a trace file on the stage, the diagram and the metrics; the scenario text stays as it was. */
export async function openTraceFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
  // Reading traces is loaded when a trace is opened, not with the first paint.
  const { MAX_TRACE_CHARS, parseTraceFile } = await import('../../interchange');
  const refuse = (reason: string, message?: string) =>
    appStore
      .getState()
      .setNotice({ kind: 'file', reason, detail: file.name, ...(message ? { message } : {}) });
  // UTF-8 takes at least one byte a character: a file this large cannot be within the limit.
  if (file.size > MAX_TRACE_CHARS * 3) return refuse('too-large');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('unreadable');
  }
  const read = parseTraceFile(text);
  if (!read.ok) return refuse('bad-trace', read.message);
  appStore.getState().setNotice(null);
  appStore.getState().showImported(read.trace, file.name);
  seek(startIndex());
}
