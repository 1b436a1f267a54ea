// Hints for each exercise, revealed one at a time: the first points at where to look, the second
// all but says what to change. The same number in both languages.

import type { Lang } from '../../lang/ast';

export const HINTS: Record<string, Record<Lang, readonly string[]>> = {
  'async-send': {
    en: [
      'Look at how long each `ssend` keeps the sensor: until the logger has taken the reading and the acknowledgement is back.',
      'An asynchronous `send` puts the reading in the logger’s mailbox and goes on at once.',
    ],
    ko: [
      '`ssend` 하나가 센서를 얼마나 붙잡는지 보세요. 기록기가 값을 가져가고 확인 응답이 돌아올 때까지입니다.',
      '비동기 `send`는 값을 기록기의 메일박스에 넣고 바로 다음으로 넘어갑니다.',
    ],
  },
  'rpc-to-queue': {
    en: [
      '`call` always waits for a `reply`. What statement puts a message somewhere and does not wait?',
      'Client: `publish jobs "job"`. Worker: `consume jobs` instead of `recv`, and remove the `reply`.',
    ],
    ko: [
      '`call`은 언제나 `reply`를 기다립니다. 메시지를 어딘가에 넣고 기다리지 않는 문장은 무엇일까요?',
      '클라이언트는 `publish jobs "job"`, 워커는 `recv` 대신 `consume jobs`를 쓰고 `reply`를 지우세요.',
    ],
  },
  'producer-waits': {
    en: [
      'The producer blocks in `publish` while the queue is full. How many jobs can the queue hold?',
      'Give the queue room for every job (`queue jobs capacity 4`), or add consumers so it empties faster.',
    ],
    ko: [
      '큐가 가득 차 있는 동안 생산자는 `publish`에서 멈춥니다. 큐에는 작업이 몇 개 들어갈까요?',
      '큐에 작업이 모두 들어갈 자리를 주거나(`queue jobs capacity 4`), 소비자를 늘려서 큐가 더 빨리 비게 하세요.',
    ],
  },
  'bound-pipe': {
    en: ['A bounded queue makes a publisher wait while it is full.', 'Write `queue pipe capacity 2`.'],
    ko: [
      '한도가 있는 큐는 가득 차 있는 동안 발행하는 쪽을 기다리게 합니다.',
      '`queue pipe capacity 2`라고 쓰세요.',
    ],
  },
  competing: {
    en: [
      'Jobs on one queue can be shared by several consumers, each taking the next job when it is free.',
      'Make the consumer a group of three: `process Consumer[1..3]`.',
    ],
    ko: [
      '큐 하나의 작업을 여러 소비자가 나눠 가질 수 있습니다. 한가한 소비자가 다음 작업을 가져갑니다.',
      '소비자를 셋짜리 그룹으로 만드세요: `process Consumer[1..3]`.',
    ],
  },
  fanout: {
    en: [
      'A queue gives each message to one consumer. To give every reader a copy, send one to each.',
      'In the editor, send each headline to `Reader[1]`, `Reader[2]` and `Reader[3]`; in the readers, `recv from Editor` instead of `consume news`.',
    ],
    ko: [
      '큐는 메시지 하나를 소비자 한 명에게 줍니다. 모든 독자에게 한 부씩 주려면 한 명씩 보내세요.',
      '편집자는 헤드라인마다 `Reader[1]`, `Reader[2]`, `Reader[3]`에게 보내고, 독자는 `consume news` 대신 `recv from Editor`를 쓰세요.',
    ],
  },
  'recv-first': {
    en: [
      'Each `recv from` waits for a message that would only be sent after the other `recv` returns.',
      'Let A send first, then receive.',
    ],
    ko: [
      '각 `recv from`은 상대의 `recv`가 끝나야 보내질 메시지를 기다립니다.',
      'A가 먼저 보내고 그다음에 받게 하세요.',
    ],
  },
  'ring-order': {
    en: [
      'The four ranks wait for each other in a cycle. One rank that receives before it sends breaks the cycle.',
      'In rank 0 (`if i == 0`), `recv from P[n - 1]` first, then `ssend P[1]`.',
    ],
    ko: [
      '네 랭크가 서로를 원형으로 기다립니다. 보내기 전에 먼저 받는 랭크가 하나 있으면 고리가 끊어집니다.',
      '랭크 0(`if i == 0`)에서 먼저 `recv from P[n - 1]`를 하고 그다음에 `ssend P[1]`를 하세요.',
    ],
  },
  'break-order': {
    en: [
      'The first `recv` takes whichever vote arrives first. Which vote must arrive first for `recv from DbB` to wait for ever?',
      'Make DbA’s vote late: `delay DbA Coordinator by 3` (or lose it: `lose DbA Coordinator`). `Every order`, `Show it`, `Make it a what-if` writes such a line for you.',
    ],
    ko: [
      '첫 `recv`는 먼저 도착한 투표를 가져갑니다. `recv from DbB`가 영원히 기다리려면 어느 투표가 먼저 도착해야 할까요?',
      'DbA의 투표를 늦추세요: `delay DbA Coordinator by 3` (또는 잃게 하세요: `lose DbA Coordinator`). `모든 순서`, `보여 주기`, `만약에 분기로 만들기`를 차례로 누르면 그런 줄을 대신 써 줍니다.',
    ],
  },
  'order-free': {
    en: [
      'Press `Show it` on the goal: the plain `recv` takes DbB’s vote, and `recv from DbB` then waits for a second one.',
      'Say whose vote each `recv` is for: `recv from DbA`, then `recv from DbB`. Each link keeps its order, so no order can mix them up.',
    ],
    ko: [
      '목표의 `보여 주기`를 눌러 보세요. 그냥 `recv`가 DbB의 투표를 가져가고, `recv from DbB`는 오지 않을 두 번째 투표를 기다립니다.',
      '`recv`마다 누구의 투표인지 밝히세요: `recv from DbA`, 그다음 `recv from DbB`. 어떤 순서로 와도 서로 섞이지 않습니다.',
    ],
  },
  'lose-one': {
    en: [
      'Press `Show it` on the first goal: the request or the reply is lost, and the `call` waits for ever.',
      'Retry with a time limit: `repeat 3`, then `call Server "GET /balance" timeout 8`, and `if not timedout` … `break`.',
    ],
    ko: [
      '첫 목표의 `보여 주기`를 눌러 보세요. 요청이나 응답이 사라지면 `call`은 영원히 기다립니다.',
      '시간 제한을 두고 다시 시도하세요: `repeat 3` 안에 `call Server "GET /balance" timeout 8`, 그리고 `if not timedout` … `break`.',
    ],
  },
  'lost-reply': {
    en: [
      'A `call` can give up: `call Server "GET /balance" timeout 8`. Then `if timedout` tells you it did.',
      'Put the call in `repeat 3` with a timeout, and `break` out of the loop when `not timedout`.',
    ],
    ko: [
      '`call`은 포기할 수 있습니다: `call Server "GET /balance" timeout 8`. 그러면 `if timedout`으로 포기했는지 알 수 있습니다.',
      '타임아웃을 준 호출을 `repeat 3` 안에 넣고, `not timedout`이면 `break`로 반복을 빠져나오세요.',
    ],
  },
  partition: {
    en: [
      'Each try waits 6 ticks. How many tries does it take to reach past t=16, when the link heals?',
      'Let the second write try four times: `repeat 4`.',
    ],
    ko: [
      '시도마다 6틱을 기다립니다. 링크가 복구되는 t=16을 넘기려면 몇 번 시도해야 할까요?',
      '두 번째 쓰기를 네 번까지 시도하게 하세요: `repeat 4`.',
    ],
  },
  balance: {
    en: [
      'Everyone leaves the barrier when the slowest arrives. With 18 ticks of work and three workers, what is the fairest share?',
      'Give every worker `compute 6`.',
    ],
    ko: [
      '가장 느린 워커가 도착해야 모두가 배리어를 떠납니다. 18틱의 일을 세 워커가 나누면 가장 공평한 몫은 얼마일까요?',
      '모든 워커에게 `compute 6`을 주세요.',
    ],
  },
  'reducers-barrier': {
    en: [
      'The barrier is declared with `parties 5`. Count the processes that arrive at it.',
      'Put `barrier mapped` as the first line of the reducers.',
    ],
    ko: [
      '배리어는 `parties 5`로 선언되어 있습니다. 배리어에 도착하는 프로세스를 세어 보세요.',
      '리듀서의 첫 줄에 `barrier mapped`를 넣으세요.',
    ],
  },
  phases: {
    en: [
      'A cyclic barrier starts a new generation each time all parties arrive. How many times does each helper arrive?',
      'Move the helpers’ `barrier step` inside their `repeat 3`, after `compute i`.',
    ],
    ko: [
      '재사용 배리어는 모든 참가자가 도착할 때마다 새 세대를 시작합니다. 도우미는 몇 번 도착할까요?',
      '도우미의 `barrier step`을 `repeat 3` 안, `compute i` 다음으로 옮기세요.',
    ],
  },
};
