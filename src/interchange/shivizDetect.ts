// Telling a ShiViz log from a scenario by its text, for a file whose name does not say (`.txt`):
// a whole ShiViz file starts with a parsing regex that has the named groups host, clock and event;
// a bare log has lines of a host and a JSON vector clock, which no scenario line looks like.

const HOST_CLOCK = /^\S+ \{\s*"[^"]*"\s*:\s*\d+[^}]*\}\s*$/;

/** True when `text` reads as a ShiViz log (only its first lines are looked at). */
export function looksLikeShiViz(text: string): boolean {
  const lines = text
    .replace(/^\uFEFF/, '')
    .slice(0, 20_000)
    .split(/\r?\n/);
  const first = lines[0] ?? '';
  if (/\(\?<host>/.test(first) && /\(\?<clock>/.test(first) && /\(\?<event>/.test(first)) return true;
  const head = lines.filter((l) => l.trim() !== '').slice(0, 40);
  return head.filter((l) => HOST_CLOCK.test(l)).length >= 2;
}
