import { describe, expect, it } from 'vitest';
import { createCourseStore, loadCourse } from './course';
import type { KeyValueStore } from './drafts';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const refusing: KeyValueStore = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
};

describe('the course progress', () => {
  it('starts with no place, nothing seen, not following', () => {
    expect(createCourseStore(memory()).get()).toEqual({ place: null, seen: [], following: false });
  });

  it('remembers the place and the steps seen across visits under rendezvous.course', () => {
    const storage = memory();
    const first = createCourseStore(storage);
    first.go('scenario:rpc');
    first.markSeen('scenario:rpc');
    first.go('exercise:recv-first');
    expect(JSON.parse(storage.data.get('rendezvous.course')!)).toEqual({
      place: 'exercise:recv-first',
      seen: ['scenario:rpc'],
      following: true,
    });
    const later = createCourseStore(storage);
    expect(later.get()).toEqual({ place: 'exercise:recv-first', seen: ['scenario:rpc'], following: true });
  });

  it('keeps the place when the student stops following, and follows again on the next step', () => {
    const store = createCourseStore(memory());
    store.go('scenario:pipe');
    store.setFollowing(false);
    expect(store.get()).toMatchObject({ place: 'scenario:pipe', following: false });
    store.go('scenario:pipe');
    expect(store.get().following).toBe(true);
  });

  it('tells listeners of each change once, and the overview opens for this visit only', () => {
    const storage = memory();
    const store = createCourseStore(storage);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    store.markSeen('a');
    store.markSeen('a');
    store.setView('chapters');
    store.setView('chapters');
    expect(heard).toBe(2);
    expect(store.view()).toBe('chapters');
    expect(createCourseStore(storage).view()).toBeNull();
    stop();
    store.go('b');
    expect(heard).toBe(2);
  });

  it('reads a damaged entry as a course not started, keeping what is well formed', () => {
    const storage = memory();
    storage.data.set('rendezvous.course', '{oops');
    expect(loadCourse(storage)).toEqual({ place: null, seen: [], following: false });
    storage.data.set('rendezvous.course', '{"place":3,"seen":["a",1],"following":"yes"}');
    expect(loadCourse(storage)).toEqual({ place: null, seen: ['a'], following: false });
  });

  it('lives in memory when storage is refused, and never throws', () => {
    const store = createCourseStore(refusing);
    expect(() => store.go('scenario:rpc')).not.toThrow();
    expect(store.get().place).toBe('scenario:rpc');
    expect(createCourseStore(null).get().place).toBeNull();
  });
});
