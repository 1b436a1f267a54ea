// The playhead's virtual time, as an observable value: the stage reads it every frame without
// re-rendering React. The store holds only the discrete event index. (A plain value with
// listeners: the animation library it once came from is not needed for the first paint.)

type Listener = (t: number) => void;

/** A number that tells its listeners, synchronously, each time it changes. */
export class ClockValue {
  private t: number;
  private readonly listeners = new Set<Listener>();
  constructor(t = 0) {
    this.t = t;
  }
  get(): number {
    return this.t;
  }
  set(t: number): void {
    if (t === this.t) return;
    this.t = t;
    for (const listener of [...this.listeners]) listener(t);
  }
  /** Calls `listener` with every new value; returns a function that stops. */
  on(_event: 'change', listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** Virtual time shown on the stage (may sit between events while playing). */
export const clock = new ClockValue(0);
