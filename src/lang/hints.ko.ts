// Korean hint templates, by the same ids and params as hints.ts. Names can be anything (Latin,
// Hangul, `W[2]`), so no particle that depends on a name's last sound follows a name: a fixed noun
// stands after it (`\`B\` 프로세스의`), or an ending that fits any word (`인가요`, `처럼`).

import type { HintId, Params } from './hints';

export const KO_HINTS: Record<HintId, (p: Params) => string> = {
  'did-you-mean': (p) => `혹시 \`${p.name}\`인가요?`,
  'largest-number': () => '쓸 수 있는 가장 큰 숫자는 9007199254740991입니다',
  'only-escapes': () =>
    '이스케이프는 `\\"`와 `\\\\` 두 가지뿐입니다. 백슬래시 하나를 쓰려면 `\\\\`라고 쓰세요',
  'close-string': () => '같은 줄에 닫는 큰따옴표 `"`를 붙이세요',
  'use-double-equals': () => '두 값을 비교하려면 `==`를 쓰세요',
  'straight-quotes': () => '문자열은 곧은 큰따옴표 `"`로 감싸야 합니다',
  'whole-numbers': () => '숫자는 틱 단위의 정수라서 소수는 쓸 수 없습니다',
  'add-process': () => '`process NAME` 줄과 그 안의 명령문, 그리고 `end` 줄을 추가하세요',
  'put-inside-process': () => '`process NAME` 줄과 `end` 줄 사이로 옮기세요',
  'move-to-top': () => '`process` … `end` 블록 바깥으로 옮기세요',
  'remove-end': () => '이 줄을 지우거나, 이 `end`로 어느 블록을 닫으려 했는지 확인하세요',
  'nest-if': () => '`else`를 쓴 다음, 그 안에 `if` … `end`를 한 단계 들여서 쓰세요',
  'keyword-reserved': (p) => `\`${p.word}\` 키워드는 이름으로 쓸 수 없습니다`,
  languages: () => '언어는 `en`이나 `ko`로 쓰거나, 아예 빼세요',
  'one-namespace': () => '프로세스, 그룹, 큐, 배리어는 하나의 이름 공간을 함께 쓰므로 다른 이름을 고르세요',
  'name-member': (p) => `\`${p.name}[${p.first}]\` … \`${p.name}[${p.last}]\` 가운데 하나를 쓰세요`,
  'members-range': (p) => `\`${p.name}\` 그룹의 멤버 번호는 ${p.first}..${p.last}입니다`,
  'i-and-n': () => '`process NAME[A..B]` 안에서 `i`는 멤버의 번호이고 `n`은 그룹의 크기입니다',
  'smaller-first': (p) => `작은 숫자를 앞에 써서 \`[${p.last}..${p.first}]\`처럼 쓰세요`,
  'parties-on-declaration': () => '`parties`는 최상위에 쓰는 `barrier` 선언에 붙입니다',
  'capacity-on-declaration': () => '`capacity`는 최상위에 쓰는 `queue` 선언에 붙입니다',
  'send-to-process': () => '큐에 메시지를 넣으려면 `publish`를, 꺼내려면 `consume`을 쓰세요',
  'queue-statements': () =>
    '`publish`와 `consume`은 큐에 쓰는 명령문입니다. 프로세스끼리는 `send`와 `recv`를 씁니다',
  'barrier-statement': () => '배리어에서 기다리려면 `barrier NAME`을 쓰세요',
  'recv-from': (p) => `\`recv from ${p.name}\`처럼 쓰세요`,
  'expression-parts': () => '식에는 숫자, `i`, `n`, `+ - * / %`, 괄호만 쓸 수 있습니다',
  'parties-deadlock': (p) =>
    p.users === 0
      ? `어느 프로세스의 프로그램에도 \`barrier ${p.name}\` 줄이 없습니다`
      : `이대로면 배리어가 영원히 열리지 않습니다. \`parties ${p.users}\`처럼 쓰거나 \`parties\`를 빼세요`,
  'add-recv': (p) => `\`${p.name}\` 프로세스의 프로그램에 \`recv\`를 넣으세요`,
  'one-statement-per-line': () => '한 줄에는 명령문을 하나만 쓰세요',
  'literal-numbers': () => '고장 줄의 숫자에는 식을 쓸 수 없고 숫자만 쓸 수 있습니다',
  'option-once': () => '`count`, `from`, `skip`은 한 줄에 각각 한 번까지만 쓸 수 있습니다',
  'cut-window': (p) =>
    `연결은 \`from\` 시각부터 \`to\` 시각 직전까지 끊깁니다. \`to\`에 ${p.from}보다 큰 값을 쓰세요`,
  'add-crash': (p) => `\`crash ${p.name} at T\` 줄을 추가하세요. T는 ${p.at}보다 작아야 합니다`,
  'crash-processes': () =>
    '멈추고 다시 시작하는 것은 프로세스뿐입니다. 큐의 메시지를 잃게 하려면 `lose`를 쓰세요',
  'break-in-loop': () => '`repeat` … `end`나 `loop` … `end` 안으로 옮기세요',
  'timeout-statements': () =>
    '기다리는 명령문은 `recv`, `ssend`, `call`, `consume`, `barrier`뿐이라서 이것들만 `timeout`을 붙일 수 있습니다',
  'timeout-at-least-one': () => '명령문은 빨라도 1틱이 지나야 기다림을 포기할 수 있습니다',
  'goal-kinds': () =>
    '목표의 종류는 `outcome`, `time`, `blocked`, `delivered`, `never`, `can` 가운데 하나입니다',
  'outcome-kinds': () => '실행 결과는 `completed`, `idle`, `deadlock`, `limit`, `error` 가운데 하나입니다',
  'goal-operators': () =>
    '`<=`, `<`, `>=`, `>`, `==` 가운데 하나로 비교하세요. “N이 아님”은 목표 두 개나 `<`, `>`로 나타내세요',
  'goal-literal': () => '목표의 숫자에는 식을 쓸 수 없고 숫자만 쓸 수 있습니다',
  'goal-text-once': () => '언어마다 문구는 한 번만 쓰세요: `en "…" ko "…"`',
  'goal-processes': () => '`blocked`와 `delivered` 목표는 프로세스나 그룹을 잽니다',
};
