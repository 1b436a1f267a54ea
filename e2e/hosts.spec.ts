// Both hosts give the same trace, byte for byte: Web Workers and the main thread in Chromium,
// and the in-process host in Node.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { check } from '../src/lang';
import { runInProcess } from '../src/runtime/inprocess';
import { traceToJson } from '../src/engine/json';
import { AppPage } from './app';

const dir = 'src/scenarios';
const files = readdirSync(dir).filter((f) => f.endsWith('.rdv'));
const extra = {
  'ring with jitter and links': `jitter 3
seed 42
link R[1] R[2] latency 5
barrier round
process R[1..6]
  repeat 3
    send R[(i % n) + 1] "token"
    recv
    ssend R[(i % n) + 1]
    recv
    barrier round
  end
end`,
  'bounded pipe': `queue pipe capacity 2
process Writer
  repeat 6
    publish pipe "chunk"
  end
end
process Reader
  repeat 6
    consume pipe
    compute 3
  end
end`,
  // SPEC §2: consumers and publishers that join a line at the same instant are served in
  // declaration order, and satisfied blocks resume after the instant's deliveries.
  'tied consumers': `queue q
barrier gate
process W[1..3]
  barrier gate
  consume q
end
process P
  compute 1
  publish q "a"
end`,
  'tied publishers': `latency 1
queue q capacity 1
barrier gate
process P[1..3]
  barrier gate
  publish q
  publish q
end
process C
  compute 2
  loop
    consume q
  end
end`,
  // SPEC §6: control flow that depends on the kernel's timedout, and a program that restarts.
  'retries and a crashed consumer': `latency 2
lose S C count 2
crash W at 5
restart W at 9
queue jobs
process C
  repeat 4
    call S "q" timeout 5
    if not timedout
      break
    end
  end
  repeat 3
    publish jobs "job"
  end
end
process S
  loop
    recv
    reply "r"
  end
end
process W
  repeat 6
    consume jobs timeout 4
    if timedout
      note "nothing yet"
    else
      compute 3
    end
  end
end`,
};

type Api = { run(source: string, options?: object): Promise<string> };

test('Workers, the main thread and Node produce identical traces', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const cases = [
    ...files.map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')] as const),
    ...Object.entries(extra),
  ];
  expect(cases.length).toBeGreaterThanOrEqual(5);
  for (const [name, source] of cases) {
    const checked = check(source);
    expect(checked.ok, name).toBe(true);
    const node = traceToJson(runInProcess(checked.scenario));
    const [workers, main] = await page.evaluate(async (text) => {
      const api = (window as unknown as { rendezvous: Api }).rendezvous;
      return [
        await api.run(text, { host: 'workers', maxWorkers: 3 }),
        await api.run(text, { host: 'main-thread' }),
      ];
    }, source);
    expect(workers, `${name}: workers vs Node`).toBe(node);
    expect(main, `${name}: main thread vs Node`).toBe(node);
  }
  app.expectNoErrors();
});

test('a worker that crashes or stops answering ends the run with a clear error', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const outcomes = await page.evaluate(async () => {
    const api = (window as unknown as { rendezvous: Api }).rendezvous;
    const blob = (code: string) => () =>
      new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    const text = 'process A\n  compute 1\nend\nprocess B\n  compute 2\nend';
    const crashed = JSON.parse(
      await api.run(text, { createWorker: blob('onmessage = () => { throw new Error("boom") }') }),
    );
    const silent = JSON.parse(
      await api.run(text, { createWorker: blob('onmessage = () => {}'), timeoutMs: 300 }),
    );
    return [crashed.outcome, silent.outcome];
  });
  expect(outcomes[0].kind).toBe('error');
  expect(outcomes[0].message).toMatch(/Worker \d+ crashed/);
  expect(outcomes[1].kind).toBe('error');
  expect(outcomes[1].message).toMatch(/Worker \d+ stopped answering/);
  // The page is still usable afterwards.
  await app.button('Step forward').click();
  await expect(app.narration).not.toBeEmpty();
});
