// `Export page…`: a single HTML file with the whole app inlined (its JS, CSS and the process Web
// Worker as a blob), which opens from disk with no server and no network. `npm run build` writes
// it as `page.html` next to the site; the app fetches it when a teacher exports a page and writes
// the scenario and the step into it (src/ui/files/exportPage.ts).
//
// The page is a second build of the same app, from build/page.html and src/page/main.ts, that
// differs in three ways: no code splitting (a page from file:// may load no other file), the
// process worker built inline (`?worker&inline`: a module worker made from a blob), and no service
// worker (src/page/offline.ts).
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { scenarioTitles } from './scenarioTitles.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The name of the single file in the build's output folder. */
export const PAGE_FILE = 'page.html';

/** Builds page.html into the site's output folder once the site itself is built. */
export function singleFilePage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rendezvous:single-file-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After the offline plugin has listed the files to precache: the page is fetched only when a
    // teacher exports one, so no visitor downloads it with the app.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await build(pageConfig(outDir));
      },
    },
  };
}

/** The configuration of the page build (no config file: nothing of the site's build leaks in). */
export function pageConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react(), scenarioTitles(), pageSwaps(), inlineEverything()],
    // A classic worker: Chromium will not start a module worker from a blob a file:// page made.
    worker: { format: 'iife' },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      sourcemap: false,
      // Whatever the code refers to (an image, a font) becomes a data URL.
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      modulePreload: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: from('build/page.html'),
        output: { codeSplitting: false },
      },
    },
  };
}

const WORKER =
  /new Worker\(\s*new URL\(\s*'\.\/process\.worker\.ts',\s*import\.meta\.url\s*\),\s*\{\s*type:\s*'module'\s*\}\s*\)/;

/** The process worker made from a blob, and no service worker. Fails the build if the code moved. */
function pageSwaps(): Plugin {
  const register = from('src/ui/offline/register.ts');
  const stub = from('src/page/offline.ts');
  let swapped = false;
  return {
    name: 'rendezvous:page-swaps',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === stub || !/offline\/register(\.ts)?$|^\.\/register$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === register ? stub : null;
    },
    transform(code, id) {
      if (!id.endsWith('/src/runtime/workerPool.ts')) return null;
      if (!WORKER.test(code))
        this.error('src/runtime/workerPool.ts no longer makes its worker as build/page.ts expects');
      swapped = true;
      const inline = "import RendezvousInlineWorker from './process.worker.ts?worker&inline';\n";
      return { code: inline + code.replace(WORKER, 'new RendezvousInlineWorker()'), map: null };
    },
    buildEnd() {
      if (!swapped) this.error('the page build never saw src/runtime/workerPool.ts');
    },
  };
}

/** `</script` ends an inline script wherever it is; `<\/script` means the same inside JS text. */
const scriptSafe = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');

/** Puts the one script and the styles into the HTML, which becomes page.html; nothing else is written. */
function inlineEverything(): Plugin {
  return {
    name: 'rendezvous:inline-everything',
    enforce: 'post',
    // After Vite's own last touches to the chunk (its preload helper is filled in late).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.values(bundle);
        const html = files.find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
        const chunks = files.filter((f) => f.type === 'chunk');
        const styles = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
        if (!html || html.type !== 'asset' || chunks.length !== 1)
          return this.error(`the page build made ${chunks.length} scripts; it must make exactly one`);
        let text = String(html.source);
        const script = chunks[0]!;
        if (script.type !== 'chunk') return;
        text = text.replace(
          /<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>/,
          () => `<script type="module">${scriptSafe(script.code)}</script>`,
        );
        text = text.replace(/<link rel="stylesheet"[^>]*>/g, '');
        const css = styles.map((s) => (s.type === 'asset' ? String(s.source) : '')).join('\n');
        text = text.replace(
          '</head>',
          () => `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>\n</head>`,
        );
        if (/\b(src|href)="\.?\/?assets\//.test(text))
          return this.error('page.html still refers to a file next to it; it must stand alone');
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: PAGE_FILE, source: text });
      },
    },
  };
}
