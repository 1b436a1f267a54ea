// The Course: the whole subject in the order a teacher takes it, chapters (a) to (h), each a short
// sequence of built-in scenarios and exercises with a line that says why it comes here. Data only:
// the app draws it (src/ui/course), a test proves every step exists (course.test.ts).

import type { Lang } from '../lang/ast';

type Words = Record<Lang, string>;

export type StepKind = 'scenario' | 'exercise' | 'summary';

export interface CourseStep {
  /** A built-in scenario (by its id), an exercise (by its id), or the closing summary page. */
  kind: StepKind;
  id: string;
  /** One line: what to look at or do in this step. */
  line: Words;
}

export interface Chapter {
  /** `a` … `h`, as the chapters are lettered. */
  id: string;
  title: Words;
  /** One line that opens the chapter. */
  intro: Words;
  steps: readonly CourseStep[];
}

const scenario = (id: string, en: string, ko: string): CourseStep => ({
  kind: 'scenario',
  id,
  line: { en, ko },
});
const exercise = (id: string, en: string, ko: string): CourseStep => ({
  kind: 'exercise',
  id,
  line: { en, ko },
});

export const COURSE: readonly Chapter[] = [
  {
    id: 'a',
    title: { en: 'What message passing is', ko: '메시지 전달이란' },
    intro: {
      en: 'Processes share no memory: the only way to share a value is to put it in a message and send it.',
      ko: '프로세스는 메모리를 나누어 쓰지 않습니다. 값을 나누는 길은 메시지에 담아 보내는 것뿐입니다.',
    },
    steps: [
      scenario(
        'rpc',
        'Two processes, two memories: watch the request and the reply travel, and the client wait for them.',
        '프로세스 둘, 메모리 둘: 요청과 응답이 오가는 동안 클라이언트가 기다리는 것을 보세요.',
      ),
      exercise(
        'recv-first',
        'A `recv` waits until a message is there. Decide who speaks first.',
        '`recv`는 메시지가 올 때까지 기다립니다. 누가 먼저 말할지 정하세요.',
      ),
    ],
  },
  {
    id: 'b',
    title: { en: 'Synchronous and asynchronous', ko: '동기와 비동기' },
    intro: {
      en: 'An RPC blocks until the answer comes back; a queue takes the message and lets the sender go on.',
      ko: 'RPC는 응답이 돌아올 때까지 멈추고, 큐는 메시지를 받아 두고 보낸 쪽을 바로 보내 줍니다.',
    },
    steps: [
      scenario(
        'both-ways-rpc',
        'Four jobs by RPC: count the ticks the client spends waiting. Then press Compare.',
        'RPC로 작업 네 개: 클라이언트가 기다리는 틱을 세어 보세요. 그다음 비교를 누르세요.',
      ),
      scenario(
        'both-ways-queue',
        'The same four jobs through a queue: the client is done at once.',
        '같은 작업 네 개를 큐로: 클라이언트는 바로 끝납니다.',
      ),
      exercise(
        'async-send',
        'Make the sender stop waiting for each acknowledgement.',
        '보내는 쪽이 확인 응답마다 기다리지 않게 하세요.',
      ),
      exercise('rpc-to-queue', 'Turn the calls into a queue.', '호출을 큐로 바꾸세요.'),
    ],
  },
  {
    id: 'c',
    title: { en: 'IPC in the operating system', ko: '운영체제의 IPC' },
    intro: {
      en: 'On one computer, processes talk through the kernel: a pipe with a bounded buffer, a message queue, a socket.',
      ko: '한 컴퓨터 안에서 프로세스는 커널을 거쳐 이야기합니다. 버퍼에 한도가 있는 파이프, 메시지 큐, 소켓입니다.',
    },
    steps: [
      scenario(
        'pipe',
        'The pipe’s buffer fills up, and the writer has to wait for the reader.',
        '파이프 버퍼가 가득 차면 쓰는 쪽은 읽는 쪽을 기다려야 합니다.',
      ),
      exercise(
        'bound-pipe',
        'Give the pipe a bound, so the writer waits as a real one does.',
        '파이프에 한도를 두어 진짜 파이프처럼 쓰는 쪽이 기다리게 하세요.',
      ),
      scenario(
        'queue',
        'A message queue keeps each message until a reader takes it; the producer never waits.',
        '메시지 큐는 읽는 쪽이 가져갈 때까지 메시지를 보관합니다. 생산자는 기다리지 않습니다.',
      ),
      scenario(
        'socket',
        'A socket round trip: the same work costs far more over a slow link.',
        '소켓 왕복: 같은 일도 느린 링크에서는 훨씬 비쌉니다.',
      ),
    ],
  },
  {
    id: 'd',
    title: { en: 'Networks', ko: '네트워크' },
    intro: {
      en: 'Across a network, messages take time, that time varies, and links fail; each link still keeps its order.',
      ko: '네트워크를 건너는 메시지는 시간이 걸리고, 그 시간은 들쭉날쭉하며, 링크는 끊깁니다. 그래도 링크마다 순서는 지켜집니다.',
    },
    steps: [
      scenario(
        'jitter',
        'Latency and jitter: messages arrive late, but in order on each link (FIFO per pair).',
        '지연과 지터: 메시지는 늦게 오지만, 링크마다 보낸 순서대로 옵니다(쌍마다 FIFO).',
      ),
      scenario(
        'fanout-rpc',
        'RPC over a network, like REST or gRPC: one request and response after another add up.',
        'REST나 gRPC처럼 네트워크를 건너는 RPC: 요청과 응답을 차례로 하면 시간이 쌓입니다.',
      ),
      scenario(
        'partition',
        'The network splits for a while and heals: the retries decide who gets through.',
        '네트워크가 잠시 갈라졌다가 복구됩니다. 누가 통과할지는 재시도가 정합니다.',
      ),
      exercise(
        'partition',
        'Retry long enough to outlast the partition.',
        '분할이 끝날 때까지 충분히 재시도하세요.',
      ),
    ],
  },
  {
    id: 'e',
    title: { en: 'Message brokers', ko: '메시지 브로커' },
    intro: {
      en: 'Kafka and RabbitMQ stand between producers and consumers: queues, competing consumers, backpressure, publish/subscribe.',
      ko: 'Kafka와 RabbitMQ는 생산자와 소비자 사이에 섭니다. 큐, 경쟁하는 소비자, 배압, 발행/구독입니다.',
    },
    steps: [
      scenario(
        'work-queue',
        'A RabbitMQ-style work queue with a prefetch of one: each worker takes the next job when it is free.',
        '프리페치가 1인 RabbitMQ식 작업 큐: 한가해진 워커가 다음 작업을 가져갑니다.',
      ),
      exercise(
        'competing',
        'Add competing consumers until every job is done in time.',
        '모든 작업이 제때 끝나도록 경쟁하는 소비자를 늘리세요.',
      ),
      exercise(
        'producer-waits',
        'Backpressure: a full queue holds the producer back. Let it go.',
        '배압: 가득 찬 큐가 생산자를 붙잡습니다. 풀어 주세요.',
      ),
      scenario(
        'pubsub',
        'Publish/subscribe: publish once to every subscriber and never wait. Compare it with the fan-out by RPC.',
        '발행/구독: 모든 구독자에게 한 번 발행하고 기다리지 않습니다. RPC 팬아웃과 비교해 보세요.',
      ),
      exercise(
        'fanout',
        'Every reader must get the news, not just one of them.',
        '독자 한 명이 아니라 모든 독자가 소식을 받게 하세요.',
      ),
      scenario(
        'queue-crash',
        'A worker crashes: the broker keeps the jobs until someone takes them.',
        '워커가 죽어도 브로커는 누군가 가져갈 때까지 작업을 보관합니다.',
      ),
    ],
  },
  {
    id: 'f',
    title: { en: 'Barriers', ko: '배리어' },
    intro: {
      en: 'A barrier carries no data: everyone waits until the last one arrives, then all go on together.',
      ko: '배리어는 데이터를 나르지 않습니다. 마지막 참가자가 올 때까지 모두 기다렸다가 함께 나아갑니다.',
    },
    steps: [
      scenario(
        'barrier',
        'The straggler: everyone waits for the slowest worker.',
        '느린 참가자: 모두가 가장 느린 워커를 기다립니다.',
      ),
      exercise(
        'balance',
        'Share the work out so that hardly anyone waits at the barrier.',
        '배리어에서 거의 아무도 기다리지 않도록 일을 나누세요.',
      ),
      scenario(
        'pthread-phases',
        'Pthreads: one cyclic barrier, used again at the end of every phase.',
        'Pthreads: 배리어 하나를 단계가 끝날 때마다 다시 씁니다.',
      ),
      exercise(
        'phases',
        'Put a barrier between the phases, so no one reads what is not written yet.',
        '아직 쓰이지 않은 것을 아무도 읽지 않도록 단계 사이에 배리어를 두세요.',
      ),
      scenario(
        'openmp-for',
        'OpenMP’s parallel loop ends in a barrier that no one wrote.',
        'OpenMP의 병렬 반복문은 아무도 쓰지 않은 배리어로 끝납니다.',
      ),
      scenario(
        'bcast-linear',
        'MPI collectives written with sends: a broadcast costs p − 1 sends in a row. Compare it with the tree.',
        '보내기로 쓴 MPI 집단 연산: 브로드캐스트는 보내기 p − 1번이 줄지어 듭니다. 트리와 비교해 보세요.',
      ),
      scenario(
        'reduce-linear',
        'A reduce: the root adds every part alone, and the cost grows with the ranks. Compare it with the tree.',
        '리듀스: 루트가 모든 몫을 혼자 더하므로 랭크가 늘수록 비용이 커집니다. 트리와 비교해 보세요.',
      ),
      scenario(
        'mapreduce',
        'MapReduce: map, a barrier, the shuffle, reduce.',
        '맵리듀스: 맵, 배리어, 셔플, 리듀스.',
      ),
      exercise(
        'reducers-barrier',
        'Add the one barrier that keeps the reducers from starting early.',
        '리듀서가 일찍 시작하지 않도록 배리어 하나를 더하세요.',
      ),
    ],
  },
  {
    id: 'g',
    title: { en: 'Deadlock, and how to avoid it', ko: '교착 상태와 피하는 법' },
    intro: {
      en: 'When each process waits for another in a cycle, nothing moves. Ordering, asynchronous sends and timeouts break the cycle.',
      ko: '프로세스들이 서로를 빙 둘러 기다리면 아무것도 움직이지 않습니다. 순서 정하기, 비동기 전송, 타임아웃이 그 고리를 끊습니다.',
    },
    steps: [
      scenario(
        'deadlock',
        'Two synchronous sends, each waiting for the other.',
        '서로를 기다리는 동기 전송 두 개.',
      ),
      scenario(
        'ring-ssend',
        'A ring of `ssend`s deadlocks; the same ring with `send` does not. Press Compare.',
        '`ssend`로 만든 링은 교착 상태가 되고, 같은 링을 `send`로 만들면 그렇지 않습니다. 비교를 누르세요.',
      ),
      exercise(
        'ring-order',
        'Break the ring’s deadlock by changing the order in one rank.',
        '랭크 하나의 순서를 바꿔 링의 교착 상태를 푸세요.',
      ),
      exercise(
        'break-order',
        'This run completes, yet another order deadlocks: write the faults that make the run take it.',
        '이 실행은 끝나지만 다른 순서는 교착 상태가 됩니다. 실행이 그 순서를 따르게 하는 장애 줄을 쓰세요.',
      ),
      exercise(
        'order-free',
        'Now make it deadlock-free in every order the network could choose.',
        '이제 네트워크가 고를 수 있는 어떤 순서에서도 교착 상태가 없게 만드세요.',
      ),
      scenario(
        'rpc-lost-reply',
        'A lost reply: a caller with no time limit waits for ever.',
        '사라진 응답: 시간 제한 없이 호출한 쪽은 영원히 기다립니다.',
      ),
      exercise('lost-reply', 'Give the call a timeout and a retry.', '호출에 타임아웃과 재시도를 주세요.'),
      exercise(
        'lose-one',
        'Survive one lost message, whichever it is, in every order.',
        '어느 메시지 하나가 사라져도, 어떤 순서에서든 살아남게 하세요.',
      ),
      scenario(
        'barrier-crash',
        'A member crashes and the barrier waits for ever. Compare it with a barrier that has a timeout.',
        '멤버가 죽으면 배리어는 영원히 기다립니다. 타임아웃이 있는 배리어와 비교해 보세요.',
      ),
    ],
  },
  {
    id: 'h',
    title: { en: 'Message passing versus barriers', ko: '메시지 전달과 배리어의 차이' },
    intro: {
      en: 'The two ways to cooperate, side by side: what each carries, who takes part, who waits, what goes wrong.',
      ko: '협력하는 두 방법을 나란히 놓고 봅니다. 무엇을 전하는지, 누가 참여하는지, 누가 기다리는지, 무엇이 잘못되는지.',
    },
    steps: [
      {
        kind: 'summary',
        id: 'summary',
        line: {
          en: 'The summary: the closing table, and what you have seen in each chapter.',
          ko: '정리: 마지막 비교표와 각 장에서 본 것.',
        },
      },
    ],
  },
];

/** A step's key in the progress (`scenario:rpc`, `exercise:balance`, `summary:summary`). */
export function stepKey(step: Pick<CourseStep, 'kind' | 'id'>): string {
  return `${step.kind}:${step.id}`;
}

/** Every step of the course, in order, with its chapter. */
export const STEPS: readonly { chapter: Chapter; step: CourseStep; key: string }[] = COURSE.flatMap(
  (chapter) => chapter.steps.map((step) => ({ chapter, step, key: stepKey(step) })),
);

/** The position of a step (by key) in the course, or -1. */
export function stepIndex(key: string | null): number {
  return key === null ? -1 : STEPS.findIndex((s) => s.key === key);
}
