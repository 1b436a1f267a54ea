import { EXPLORE_USAGE, takeExploreArg, type ExploreArgs } from './explore';

// Command-line arguments of `npm run -s sim -- FILE.rdv [--json | --shiviz | --mermaid] [--limit N]
// [--lang en|ko]`, or `--trace FILE.json` to read a trace instead of running a scenario.

/** What the tool prints: the readable timeline, or the run in one of the formats it exports. */
export type Output = 'timeline' | 'json' | 'shiviz' | 'mermaid';

export interface CliArgs {
  file: string;
  /** `--trace FILE.json`: the file is a trace (SPEC §3) to print, not a scenario to run. */
  trace: boolean;
  output: Output;
  json: boolean;
  limit: number | undefined;
  /** Language of the timeline, the diagnostics and the reference they point to (`--lang en|ko`, default en). */
  lang: 'en' | 'ko';
  /** Whether `--lang` was given: without it a goal's text is its first words given (SPEC §7). */
  langGiven: boolean;
  /** `--explore`, `--lose K`, `--states N` (SPEC §8; see explore.ts). */
  explore: ExploreArgs;
}

export const USAGE = [
  'usage: npm run -s sim -- FILE.rdv [--json | --shiviz | --mermaid] [--limit N] [--lang en|ko]',
  '       npm run -s sim -- --trace FILE.json [--json | --shiviz | --mermaid] [--lang en|ko]',
  '  --json       print the trace as JSON (with the goals, when the scenario has any)',
  '  --shiviz     print the run as a ShiViz log (its parsing regex on the first line)',
  '  --mermaid    print the run as a Mermaid sequenceDiagram',
  '  --trace      read a trace file (from the app or --json) and print its timeline',
  '  --limit N    stop the run after N events',
  '  --lang en|ko language of the timeline, the messages and the goals (default: English,',
  '               with each goal in the first words it gives)',
  EXPLORE_USAGE,
].join('\n');

/** Parses the arguments, or returns the reason they are wrong. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  let file: string | undefined;
  let output: Output = 'timeline';
  let trace = false;
  let limit: number | undefined;
  let lang: 'en' | 'ko' = 'en';
  let langGiven = false;
  const explore: ExploreArgs = { on: false, lose: undefined, states: undefined };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const taken = takeExploreArg(argv, k, explore);
    if (taken !== null && typeof taken === 'object') return taken;
    if (taken !== null) k = taken;
    else if (arg === '--json' || arg === '--shiviz' || arg === '--mermaid') {
      const wanted = arg.slice(2) as Output;
      if (output !== 'timeline' && output !== wanted)
        return { error: `one output at a time (got --${output} and ${arg})` };
      output = wanted;
    } else if (arg === '--trace') trace = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++k];
      if (
        value === undefined ||
        !/^\d+$/.test(value) ||
        Number(value) < 1 ||
        !Number.isSafeInteger(Number(value))
      )
        return { error: `--limit takes a whole number of events, at least 1 (got ${value ?? 'nothing'})` };
      limit = Number(value);
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++k];
      if (value !== 'en' && value !== 'ko')
        return { error: `--lang takes en or ko (got ${value ?? 'nothing'})` };
      lang = value;
      langGiven = true;
    } else if (arg === '--help' || arg === '-h') return { error: 'help' };
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else if (file !== undefined) return { error: `one scenario file at a time (got ${file} and ${arg})` };
    else file = arg;
  }
  if (file === undefined) return { error: 'no scenario file given' };
  if (trace && limit !== undefined) return { error: '--limit runs a scenario; a trace has already run' };
  if (explore.on && (trace || (output !== 'timeline' && output !== 'json')))
    return { error: '--explore prints its own report (or --json); it takes a scenario, not a trace' };
  return { file, trace, output, json: output === 'json', limit, lang, langGiven, explore };
}
