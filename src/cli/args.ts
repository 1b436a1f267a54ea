// Command-line arguments of `npm run -s sim -- FILE.rdv [--json] [--limit N] [--lang en|ko]`.

export interface CliArgs {
  file: string;
  json: boolean;
  limit: number | undefined;
  /** Language of the timeline, the diagnostics and the reference they point to (`--lang en|ko`, default en). */
  lang: 'en' | 'ko';
  /** Whether `--lang` was given: without it a goal's text is its first words given (SPEC §7). */
  langGiven: boolean;
}

export const USAGE = [
  'usage: npm run -s sim -- FILE.rdv [--json] [--limit N] [--lang en|ko]',
  '  --json       print the trace as JSON (with the goals, when the scenario has any)',
  '  --limit N    stop the run after N events',
  '  --lang en|ko language of the timeline, the messages and the goals (default: English,',
  '               with each goal in the first words it gives)',
].join('\n');

/** Parses the arguments, or returns the reason they are wrong. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  let file: string | undefined;
  let json = false;
  let limit: number | undefined;
  let lang: 'en' | 'ko' = 'en';
  let langGiven = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--json') json = true;
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
  return { file, json, limit, lang, langGiven };
}
