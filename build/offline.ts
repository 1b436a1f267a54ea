// Offline use: a service worker (Workbox, through vite-plugin-pwa) precaches every file of the
// build — the page, its lazy chunks, the process Web Worker, styles and icons — so that a reload
// with no network still opens the app and runs scenarios. Classroom networks fail.
//
// Updates never change a page under a teacher's hands: a new version installs in the background
// and waits; the page offers a Reload button (src/ui/offline/) that lets it take over. Until then
// the open page keeps the version, and the cached files, it started with.
import { VitePWA } from 'vite-plugin-pwa';

export function offline() {
  return VitePWA({
    // The app registers the worker itself (src/ui/offline/register.ts): relative URL and scope.
    injectRegister: false,
    registerType: 'prompt',
    // Offline use only: no install manifest.
    manifest: false,
    workbox: {
      // Everything the build emits that the page may load, sourcemaps excepted.
      globPatterns: ['**/*.{html,js,css,svg,png,ico,woff2,json,webmanifest}'],
      // The editor chunk is large; the whole app must be there offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Any navigation inside the app's folder (`?embed`, `?compare=…`, `#` links) gets the page.
      navigateFallback: 'index.html',
      // The first install takes the open page at once, so it works offline without a reload.
      clientsClaim: true,
      // A newer version waits for the page's Reload button (it posts SKIP_WAITING).
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      sourcemap: false,
    },
  });
}
