// Opening a scenario file: only UTF-8 text within the language's size limit is accepted, so a
// wrong file gives a message instead of garbage on screen.

/** Largest scenario accepted, as in the language (256 KiB of UTF-8). */
export const MAX_SCENARIO_BYTES = 262_144;

export type ReadResult =
  | { ok: true; name: string; text: string }
  | { ok: false; name: string; reason: 'too-large' | 'not-text' | 'unreadable' };

/** Reads a dropped or picked file as scenario text. */
export async function readScenarioFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<ReadResult> {
  if (file.size > MAX_SCENARIO_BYTES) return { ok: false, name: file.name, reason: 'too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, name: file.name, reason: 'unreadable' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, name: file.name, reason: 'not-text' };
    return { ok: true, name: file.name, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, name: file.name, reason: 'not-text' };
  }
}
