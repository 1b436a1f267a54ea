// Registers the service worker that keeps the app usable offline (see build/offline.ts), and
// tells the page when a newer version is installed, so the teacher decides when to switch: a
// page never changes in the middle of a lesson.

interface ServiceWorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface RegistrationLike {
  readonly installing: ServiceWorkerLike | null;
  readonly waiting: ServiceWorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

/** The part of `navigator.serviceWorker` the app uses (a fake one in tests). */
export interface ContainerLike {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<RegistrationLike | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface OfflineEnv {
  /** Only production builds register (the dev server has no worker to serve). */
  prod: boolean;
  /** `navigator.serviceWorker`: absent in old browsers and on plain http. */
  container: ContainerLike | undefined;
  /** The app's folder, relative (`./`), so the worker and its scope follow any sub-path. */
  base: string;
  reload(): void;
  warn(message: string): void;
}

/**
 * `none`: nothing new. `waiting`: a newer version is installed and waits for `applyUpdate()`.
 * `active`: a newer version took over from another tab; this page still runs the older code.
 */
export type UpdateState = 'none' | 'waiting' | 'active';

let state: UpdateState = 'none';
let apply: () => void = () => {};
const listeners = new Set<() => void>();

function setState(next: UpdateState): void {
  state = next;
  for (const l of listeners) l();
}

export function updateState(): UpdateState {
  return state;
}

/** Calls `listener` whenever `updateState()` changes; returns the unsubscribe. */
export function onUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Switches to the newer version: it takes over, then the page reloads once. */
export function applyUpdate(): void {
  apply();
}

/**
 * Registers `sw.js` next to the page. Never throws: without service workers, or when the
 * registration fails, the app works as before, online only.
 */
export async function registerOffline(env: OfflineEnv): Promise<boolean> {
  const { container } = env;
  setState('none');
  apply = () => {};
  if (!env.prod || !container) return false;
  try {
    let controlled = Boolean(container.controller);
    let requested = false;
    let waiting: ServiceWorkerLike | null = null;
    container.addEventListener('controllerchange', () => {
      const before = controlled;
      controlled = Boolean(container.controller);
      // The first install claiming the page changes nothing the user sees.
      if (!before) return;
      if (requested) env.reload();
      else setState('active');
    });
    apply = () => {
      if (state === 'active') return env.reload();
      if (!waiting || requested) return;
      requested = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
    const registration = await container.register(`${env.base}sw.js`, { scope: env.base });
    // A blocked registration (test browsers, some kiosk settings) resolves to nothing.
    if (!registration) return false;
    const found = (worker: ServiceWorkerLike) => {
      // Installed while an older version controls the page: an update, ready to switch to.
      if (worker.state === 'installed' && container.controller) {
        waiting = worker;
        setState('waiting');
      }
    };
    // A version that finished installing earlier (the page was reloaded since) waits already.
    if (registration.waiting) found(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (worker) worker.addEventListener('statechange', () => found(worker));
    });
    return true;
  } catch (e) {
    env.warn(`Rendezvous works online only here: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

/** Registers from the page, in production builds only, once the page has loaded (the first paint goes first). */
export function startOffline(): void {
  const start = () =>
    void registerOffline({
      prod: import.meta.env.PROD,
      container: typeof navigator === 'undefined' ? undefined : navigator.serviceWorker,
      base: import.meta.env.BASE_URL,
      reload: () => window.location.reload(),
      warn: (message) => console.warn(message),
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
