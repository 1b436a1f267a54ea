// Hint templates: the "what to do about it" line under a diagnostic, by stable id (for translation).

export type Params = Readonly<Record<string, string | number>>;

export const HINTS = {
  'did-you-mean': (p: Params) => `did you mean \`${p.name}\`?`,
  'largest-number': () => 'the largest number is 9007199254740991',
  'only-escapes': () => 'only `\\"` and `\\\\` are escapes; write `\\\\` for a backslash',
  'close-string': () => 'add the closing `"` on the same line',
  'use-double-equals': () => 'to compare, write `==`',
  'straight-quotes': () => 'strings use straight double quotes `"`',
  'whole-numbers': () => 'numbers are whole ticks; fractions are not allowed',
  'add-process': () => 'add `process NAME`, its statements, and `end`',
  'put-inside-process': () => 'put it between `process NAME` and `end`',
  'move-to-top': () => 'move it outside the `process` … `end` block',
  'remove-end': () => 'remove it, or check which block it was meant to close',
  'nest-if': () => 'write `else`, then a nested `if` … `end` inside it',
  'keyword-reserved': (p: Params) => `\`${p.word}\` is a keyword and cannot be a name`,
  languages: () => 'write `en` or `ko`, or leave the language out',
  'one-namespace': () => 'processes, groups, queues and barriers share one namespace; choose another name',
  'name-member': (p: Params) => `write \`${p.name}[${p.first}]\` … \`${p.name}[${p.last}]\``,
  'members-range': (p: Params) => `\`${p.name}\` has members ${p.first}..${p.last}`,
  'i-and-n': () => 'in `process NAME[A..B]`, `i` is the member’s number and `n` the group’s size',
  'smaller-first': (p: Params) => `write the smaller number first: \`[${p.last}..${p.first}]\``,
  'parties-on-declaration': () => '`parties` belongs on a top-level `barrier` declaration',
  'capacity-on-declaration': () => '`capacity` belongs on a top-level `queue` declaration',
  'send-to-process': () => 'to put a message on a queue, use `publish`; to take one, `consume`',
  'queue-statements': () => '`publish` and `consume` work on queues; processes use `send` and `recv`',
  'barrier-statement': () => 'use `barrier NAME` to wait at a barrier',
  'recv-from': (p: Params) => `write \`recv from ${p.name}\``,
  'expression-parts': () => 'expressions use numbers, `i`, `n`, `+ - * / %` and parentheses',
  'parties-deadlock': (p: Params) =>
    p.users === 0
      ? `no program contains \`barrier ${p.name}\``
      : `it would wait forever; write \`parties ${p.users}\` or leave \`parties\` out`,
  'add-recv': (p: Params) => `add \`recv\` to the program of \`${p.name}\``,
  'one-statement-per-line': () => 'write one statement per line',
  'literal-numbers': () => 'numbers in fault lines are plain numbers, not expressions',
  'option-once': () => 'write each of `count`, `from` and `skip` at most once',
  'cut-window': (p: Params) =>
    `the cut lasts from \`from\` up to (not including) \`to\`: write a \`to\` after ${p.from}`,
  'add-crash': (p: Params) => `add \`crash ${p.name} at T\` with T before ${p.at}`,
  'crash-processes': () => 'only processes crash and restart; to lose messages of a queue, use `lose`',
  'break-in-loop': () => 'put it inside `repeat` … `end` or `loop` … `end`',
  'timeout-statements': () =>
    'only `recv`, `ssend`, `call`, `consume` and `barrier` wait, so only they take a `timeout`',
  'timeout-at-least-one': () => 'a statement can give up after 1 tick at the earliest',
  'goal-kinds': () => 'a goal is `outcome`, `time`, `blocked`, `delivered`, `never` or `can`',
  'outcome-kinds': () => 'a run ends `completed`, `idle`, `deadlock`, `limit` or `error`',
  'goal-operators': () =>
    'compare with `<=`, `<`, `>=`, `>` or `==`; for “not N”, write two goals or use `<` or `>`',
  'goal-literal': () => 'the number of a goal is a plain number, not an expression',
  'goal-text-once': () => 'give each language its words once: `en "…" ko "…"`',
  'goal-processes': () => '`blocked` and `delivered` goals measure a process or a group',
} satisfies Record<string, (p: Params) => string>;

export type HintId = keyof typeof HINTS;

export interface Hint {
  id: HintId;
  params?: Params;
}
