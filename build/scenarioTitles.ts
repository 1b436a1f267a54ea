// `NAME.rdv?titles`: a scenario's titles (every language), read at build time with the real
// checker. The Scenario menu, the Course and the exercise finder need every built-in's title at
// once, but not its text: with the titles computed here the texts load only when one is opened
// (src/scenarios/index.ts), and nothing can drift from the files, since the table is made from them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as Lang from '../src/lang/index.ts';

const TITLES = /\.rdv\?titles$/;
const LANG = fileURLToPath(new URL('../src/lang/index.ts', import.meta.url));

type Titles = { lang: string | null; text: string }[];

// The checker is imported through Vite's own module runner (it is the app's TypeScript, not the
// config's), once for the site's and the page's builds.
let checker: Promise<typeof Lang> | null = null;

async function titlesOf(source: string): Promise<Titles> {
  checker ??= runnerImport<typeof Lang>(LANG, { configFile: false, logLevel: 'warn' }).then((r) => r.module);
  const { check } = await checker;
  return check(source).scenario.titles.map(({ lang, text }) => ({ lang, text }));
}

export function scenarioTitles(): Plugin {
  return {
    name: 'rendezvous:scenario-titles',
    enforce: 'pre',
    async load(id) {
      if (!TITLES.test(id)) return null;
      const file = id.replace(/\?titles$/, '');
      this.addWatchFile(file);
      return `export default ${JSON.stringify(await titlesOf(readFileSync(file, 'utf8')))};\n`;
    },
  };
}
