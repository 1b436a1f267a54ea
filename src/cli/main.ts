// `npm run -s sim -- FILE.rdv [--json] [--limit N] [--lang en|ko]`: runs a scenario in-process and
// prints its timeline (or its trace as JSON).

import { readFileSync } from 'node:fs';
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
});
