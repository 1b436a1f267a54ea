// The single-file page has no service worker: opened from disk (file://) there is nothing to
// register one from and nothing to cache. The build (build/page.ts) puts this module in place of
// src/ui/offline/register.ts; everything but `startOffline` is the real module.
export * from '../ui/offline/register';

/** Does nothing: a page opened from disk needs no service worker and may not register one. */
export function startOffline(): void {}
