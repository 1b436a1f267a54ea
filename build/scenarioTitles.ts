// `NAME.rdv?titles`: a scenario's titles (every language), read at build time with the real
// checker. The Scenario menu, the Course and the exercise finder need every built-in's title at
// once, but not its text: with the titles computed here the texts load only when one is opened
// (src/scenarios/index.ts), and nothing can drift from the files, since the table is made from them.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { check } from '../src/lang/index.ts';

const TITLES = /\.rdv\?titles$/;

/** The titles of a scenario text, as the app's `titleOf` reads them. */
export function titlesOf(source: string): { lang: string | null; text: string }[] {
  return check(source).scenario.titles.map(({ lang, text }) => ({ lang, text }));
}

export function scenarioTitles(): Plugin {
  return {
    name: 'rendezvous:scenario-titles',
    enforce: 'pre',
    load(id) {
      if (!TITLES.test(id)) return null;
      const file = id.replace(/\?titles$/, '');
      this.addWatchFile(file);
      return `export default ${JSON.stringify(titlesOf(readFileSync(file, 'utf8')))};\n`;
    },
  };
}
