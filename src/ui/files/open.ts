import { appStore } from '../../store';
import { readScenarioFile } from './read';

/** Opens a picked or dropped file; a file that is not a scenario leaves a notice and changes nothing. */
export async function openFile(file: File): Promise<void> {
  const result = await readScenarioFile(file);
  if (result.ok) appStore.getState().open(result.text, { kind: 'file', name: result.name });
  else appStore.getState().setNotice({ kind: 'file', reason: result.reason, detail: result.name });
}
