// Hand-computed reachable outcomes and fewest deliveries (SPEC §8) for small scenarios of every
// statement kind. Each count is worked out in the comment beside it: a terminal state has no
// message in flight (a delivery is always possible), so every message sent is counted once.

import { describe, expect, it } from 'vitest';
import { checkOrThrow } from '../runtime/inprocess';
import { explore, type ExploreOptions } from '.';

/** `{kind: shortest}` of every reachable outcome, with and without the reduction (they must agree). */
function reach(source: string, options: ExploreOptions = {}): Record<string, number> {
  const scenario = checkOrThrow(source);
  const on = explore(scenario, options);
  const off = explore(scenario, { ...options, reduce: false });
  expect(on.complete).toBe(true);
  expect(off.complete).toBe(true);
  const table = (r: typeof on) => Object.fromEntries(r.outcomes.map((o) => [o.kind, o.shortest]));
  expect(table(on)).toEqual(table(off));
  for (const o of on.outcomes) {
    expect(o.run.outcome.kind).toBe(o.kind);
    expect(o.run.outcome.time).toBe(o.shortest);
  }
  return table(on);
}

describe('every order: messages', () => {
  it('the recv race: completed and deadlock, 2 deliveries each', () => {
    // C takes any message first, then one from A. B's first: completed (2 messages delivered);
    // A's first: C waits for A for ever once B's has arrived (2 delivered).
    const src = `
process A
  send C "a"
end
process B
  send C "b"
end
process C
  recv
  recv from A
end`;
    expect(reach(src)).toEqual({ completed: 2, deadlock: 2 });
  });

  it('the two-process ssend ring: deadlock only, once both sync messages are delivered', () => {
    const src = `
process A
  ssend B
  recv from B
end
process B
  ssend A
  recv from A
end`;
    expect(reach(src)).toEqual({ deadlock: 2 });
  });

  it('the ordered ring never deadlocks: sync, ack, sync, ack', () => {
    const src = `
process A
  ssend B
  recv from B
end
process B
  recv from A
  ssend A
end`;
    expect(reach(src)).toEqual({ completed: 4 });
  });

  it('a server waiting for work ends idle', () => {
    const src = `
process Server
  loop
    recv
  end
end
process Client
  send Server
  send Server
end`;
    expect(reach(src)).toEqual({ idle: 2 });
  });

  it('recv from the wrong sender first, with a plain send: still completes in every order', () => {
    const src = `
process A
  send C
end
process B
  send C
end
process C
  recv from A
  recv from B
end`;
    expect(reach(src)).toEqual({ completed: 2 });
  });
});

describe('every order: RPC', () => {
  const rpc = `
process Client
  call Server "ask"
end
process Server
  recv
  reply "answer"
end`;

  it('call and reply: request and reply, 2 deliveries', () => {
    expect(reach(rpc)).toEqual({ completed: 2 });
  });

  it('--lose 1 without a timeout: losing the request deadlocks at once (1 loss)', () => {
    // Lose the request: both wait for ever (1 step). Lose the reply: deadlock after 2.
    expect(reach(rpc, { lose: 1 })).toEqual({ completed: 2, deadlock: 1 });
  });

  it('--lose 1 against a looping server: deadlock or idle', () => {
    const src = `
process Client
  call Server
end
process Server
  loop
    recv
    reply
  end
end`;
    expect(reach(src, { lose: 1 })).toEqual({ idle: 2, deadlock: 1 });
  });

  it('--lose 1 with timeout and retry: never deadlocks', () => {
    // Whatever is lost or given up on, the client ends after its tries and the server idles.
    const src = `
process Client
  repeat 3
    call Server timeout 5
    if not timedout
      break
    end
  end
end
process Server
  loop
    recv
    reply
  end
end`;
    expect(reach(src, { lose: 1 })).toEqual({ idle: 2 });
  });

  it('a reply to a plain message is a run-time error when that message comes first', () => {
    // Server takes B's message first: its reply fails after 1 delivery. Takes the request first:
    // request, reply and B's message delivered, completed after 3.
    const src = `
process A
  call Server
end
process B
  send Server
end
process Server
  recv
  reply
end`;
    expect(reach(src)).toEqual({ completed: 3, error: 1 });
  });
});

describe('every order: queues and barriers', () => {
  it('publish and consume: the publish, then the dispatch', () => {
    const src = `
process P
  publish jobs "j"
end
process C
  consume jobs
end`;
    expect(reach(src)).toEqual({ completed: 2 });
  });

  it('one job for two consumers: one waits for ever', () => {
    const src = `
process P
  publish jobs
end
process C[1..2]
  consume jobs
end`;
    expect(reach(src)).toEqual({ deadlock: 2 });
  });

  it('competing consumers in loops share two jobs and end idle', () => {
    const src = `
process P
  publish jobs
  publish jobs
end
process C[1..2]
  loop
    consume jobs
  end
end`;
    expect(reach(src)).toEqual({ idle: 4 });
  });

  it('a pipe of capacity 1: the second publish waits for a slot', () => {
    // publish 1, dispatch 1 (frees the slot), publish 2, dispatch 2.
    const src = `
queue pipe capacity 1
process P
  publish pipe
  publish pipe
end
process C
  consume pipe
  consume pipe
end`;
    expect(reach(src)).toEqual({ completed: 4 });
  });

  it('a full pipe with nobody consuming: the publisher waits for ever', () => {
    const src = `
queue pipe capacity 1
process P
  publish pipe
  publish pipe
end`;
    expect(reach(src)).toEqual({ deadlock: 1 });
  });

  it('a barrier needs no delivery; a missing party deadlocks', () => {
    expect(reach('process W[1..3]\n  barrier B\nend')).toEqual({ completed: 0 });
    expect(reach('barrier B parties 3\nprocess W[1..2]\n  barrier B\nend')).toEqual({ deadlock: 0 });
  });

  it('a barrier between two sends: both messages delivered', () => {
    const src = `
process W[1..2]
  send Z
  barrier B
end
process Z
  recv
  recv
end`;
    expect(reach(src)).toEqual({ completed: 2 });
  });
});

describe('every order: timeouts and limits', () => {
  it('recv with a timeout takes the message or gives up; the message is delivered either way', () => {
    const src = `
process A
  recv timeout 3
end
process B
  send A
end`;
    expect(reach(src)).toEqual({ completed: 1 });
  });

  it('a barrier arrival with a timeout gives up when nobody else comes', () => {
    const src = `
barrier B parties 2
process A
  barrier B timeout 1
end`;
    expect(reach(src)).toEqual({ completed: 0 });
  });

  it('an ssend that gives up: its late acknowledgement is dropped', () => {
    const src = `
process A
  ssend B timeout 2
end
process B
  recv
end`;
    const scenario = checkOrThrow(src);
    const result = explore(scenario);
    expect(result.outcomes.map((o) => [o.kind, o.shortest])).toEqual([['completed', 2]]);
  });

  it('a loop without a step stops at a limit; reply without a request is an error', () => {
    expect(reach('process A\n  loop\n    compute 1\n  end\nend')).toEqual({ limit: 0 });
    expect(reach('process A\n  reply\nend')).toEqual({ error: 0 });
  });
});
