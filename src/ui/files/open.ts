import { appStore } from '../../store';
import { readScenarioFile } from './read';

/** Loaded only when a file is not a plain scenario: the first screen does not need the importers. */
const importers = () => import('./importLog');

/**
 * Opens a picked or dropped file: a scenario (`.rdv`), a trace (`.json`, from the app or the
 * command line) or a ShiViz log (`.log`, or any text that reads as one) to play read-only. A file
 * that is none of these leaves a notice and changes nothing.
 */
export async function openFile(file: File): Promise<void> {
  if (/\.json$/i.test(file.name)) return (await importers()).openTraceFile(file);
  if (/\.log$/i.test(file.name)) return (await importers()).openShiVizFile(file);
  const result = await readScenarioFile(file);
  if (!result.ok) {
    // A large `.txt` may still be a log (a scenario never is that large): let its reader decide.
    if (result.reason === 'too-large' && !/\.rdv$/i.test(file.name))
      return (await importers()).openLargeFile(file);
    return appStore.getState().setNotice({ kind: 'file', reason: result.reason, detail: result.name });
  }
  if (!/\.rdv$/i.test(file.name) && /^\s*[[{]/.test(result.text))
    return (await importers()).openTraceText(result.text, file.name);
  if (!/\.rdv$/i.test(file.name)) {
    const load = await importers();
    if (load.looksLikeShiViz(result.text)) return load.openShiVizText(result.text, file.name);
  }
  appStore.getState().open(result.text, { kind: 'file', name: result.name });
}
