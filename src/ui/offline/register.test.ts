import { describe, expect, it } from 'vitest';
import {
  applyUpdate,
  onUpdate,
  registerOffline,
  updateState,
  type ContainerLike,
  type OfflineEnv,
  type RegistrationLike,
} from './register';

/** A service worker that records what the page posts to it. */
class FakeWorker {
  posted: unknown[] = [];
  private listeners: (() => void)[] = [];
  constructor(public state: string) {}
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void) {
    this.listeners.push(listener);
  }
  become(state: string) {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

class FakeRegistration implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  private listeners: (() => void)[] = [];
  addEventListener(_type: 'updatefound', listener: () => void) {
    this.listeners.push(listener);
  }
  found(worker: FakeWorker) {
    this.installing = worker;
    for (const l of this.listeners) l();
  }
}

class FakeContainer implements ContainerLike {
  calls: [string, { scope: string }][] = [];
  registration = new FakeRegistration();
  private listeners: (() => void)[] = [];
  constructor(
    public controller: unknown,
    private fails = false,
  ) {}
  register(url: string, options: { scope: string }): Promise<RegistrationLike | undefined> {
    this.calls.push([url, options]);
    return this.fails ? Promise.reject(new Error('blocked')) : Promise.resolve(this.registration);
  }
  addEventListener(_type: 'controllerchange', listener: () => void) {
    this.listeners.push(listener);
  }
  takeOver(controller: unknown) {
    this.controller = controller;
    for (const l of this.listeners) l();
  }
}

function env(container: ContainerLike | undefined, prod = true) {
  const log = { reloads: 0, warnings: [] as string[] };
  const e: OfflineEnv = {
    prod,
    container,
    base: './',
    reload: () => void log.reloads++,
    warn: (m) => void log.warnings.push(m),
  };
  return { e, log };
}

describe('registerOffline', () => {
  it('registers sw.js relative to the page, with the page folder as its scope', async () => {
    const c = new FakeContainer(null);
    expect(await registerOffline(env(c).e)).toBe(true);
    expect(c.calls).toEqual([['./sw.js', { scope: './' }]]);
  });

  it('does nothing in development builds or without service workers', async () => {
    const c = new FakeContainer(null);
    expect(await registerOffline(env(c, false).e)).toBe(false);
    expect(c.calls).toEqual([]);
    expect(await registerOffline(env(undefined).e)).toBe(false);
  });

  it('never throws when the registration fails, and says why on the console', async () => {
    const c = new FakeContainer(null, true);
    const { e, log } = env(c);
    expect(await registerOffline(e)).toBe(false);
    expect(log.warnings).toEqual(['Rendezvous works online only here: blocked']);
  });

  it('a blocked registration (it resolves to nothing) leaves the page online only, quietly', async () => {
    const c = new FakeContainer(null);
    c.register = (url, options) => {
      c.calls.push([url, options]);
      return Promise.resolve(undefined);
    };
    const { e, log } = env(c);
    expect(await registerOffline(e)).toBe(false);
    expect(log.warnings).toEqual([]);
  });

  it('the first install takes the page without a reload and without a notice', async () => {
    const c = new FakeContainer(null);
    const { e, log } = env(c);
    await registerOffline(e);
    const first = new FakeWorker('installing');
    c.registration.found(first);
    first.become('installed');
    first.become('activated');
    c.takeOver(first);
    expect(updateState()).toBe('none');
    expect(log.reloads).toBe(0);
  });

  it('a new version waits for Reload, then takes over and the page reloads once', async () => {
    const c = new FakeContainer(new FakeWorker('activated'));
    const { e, log } = env(c);
    await registerOffline(e);
    let changes = 0;
    const stop = onUpdate(() => changes++);
    const next = new FakeWorker('installing');
    c.registration.found(next);
    expect(updateState()).toBe('none');
    next.become('installed');
    expect(updateState()).toBe('waiting');
    expect(changes).toBe(1);
    expect(next.posted).toEqual([]);
    applyUpdate();
    applyUpdate();
    expect(next.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(log.reloads).toBe(0);
    c.takeOver(next);
    expect(log.reloads).toBe(1);
    stop();
  });

  it('a version already waiting when the page opens is offered at once', async () => {
    const c = new FakeContainer(new FakeWorker('activated'));
    c.registration.waiting = new FakeWorker('installed');
    await registerOffline(env(c).e);
    expect(updateState()).toBe('waiting');
  });

  it('a new version switched to from another tab asks this page to reload, never reloads it by itself', async () => {
    const c = new FakeContainer(new FakeWorker('activated'));
    const { e, log } = env(c);
    await registerOffline(e);
    c.takeOver(new FakeWorker('activated'));
    expect(updateState()).toBe('active');
    expect(log.reloads).toBe(0);
    applyUpdate();
    expect(log.reloads).toBe(1);
  });
});
