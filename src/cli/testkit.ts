// The tool run in-process for tests: its output collected, its files given by name.
import { runCli } from './run';

/** Runs the tool on `argv` with `files` as the only readable files; returns its status and output. */
export function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path]!;
    },
  });
  return { code, stdout, stderr };
}
