// The top-level `goal` lines of SPEC §7: `goal outcome KIND`, `goal time OP N`, `goal blocked P OP N`,
// `goal delivered P OP N`, and of §8: `goal never KIND`, `goal can KIND` (optionally `lose N`: in
// every order with up to N messages lost, as `--lose N`); each followed by the exercise's own words
// in `[LANG] "text"` pairs.
// `goal` is a keyword only as the first word of a top-level line; its other words (`outcome`,
// `time`, the outcome kinds…) stay valid names elsewhere.

import type { GoalKind, GoalLine, GoalOp, Localized, OutcomeKind } from './ast';
import type { Cursor } from './cursor';
import { faultEnd } from './faultlines';
import type { Token } from './lexer';
import { parseText } from './statements';
import { suggest } from './suggest';

/** The kinds of goal, in the order the language lists them. */
export const GOAL_KINDS: readonly GoalKind[] = ['outcome', 'time', 'blocked', 'delivered', 'never', 'can'];

/** The outcomes a `goal outcome` line may name (SPEC §2). */
export const OUTCOME_KINDS: readonly OutcomeKind[] = ['completed', 'idle', 'deadlock', 'limit', 'error'];

/** The comparisons a goal with a number takes. */
export const GOAL_OPS: readonly GoalOp[] = ['<=', '<', '>=', '>', '=='];

const isKind = (w: string): w is GoalKind => (GOAL_KINDS as readonly string[]).includes(w);
const isOutcome = (w: string): w is OutcomeKind => (OUTCOME_KINDS as readonly string[]).includes(w);
const isOp = (w: string): w is GoalOp => (GOAL_OPS as readonly string[]).includes(w);

/** Parses a goal line after its keyword `kw` (already consumed); null when it is broken. */
export function parseGoalLine(c: Cursor, kw: Token): GoalLine | null {
  const span = () => c.span(kw.from, c.lastEnd());
  const k = c.peek();
  if (k?.kind !== 'name') {
    c.fail('expected-token', k, { what: 'a kind of goal' }, { id: 'goal-kinds' });
    return null;
  }
  if (!isKind(k.text)) {
    const guess = suggest(k.text, GOAL_KINDS);
    c.failSpan(
      'unknown-goal-kind',
      k.from,
      k.to,
      { word: k.text },
      guess ? { id: 'did-you-mean', params: { name: guess } } : { id: 'goal-kinds' },
    );
    return null;
  }
  c.next();
  switch (k.text) {
    case 'outcome':
    case 'never':
    case 'can': {
      const o = c.peek();
      if (o?.kind !== 'name') {
        c.fail('expected-token', o, { what: 'a kind of outcome' }, { id: 'outcome-kinds' });
        return null;
      }
      if (!isOutcome(o.text)) {
        const guess = suggest(o.text, OUTCOME_KINDS);
        c.failSpan(
          'unknown-outcome',
          o.from,
          o.to,
          { word: o.text },
          guess ? { id: 'did-you-mean', params: { name: guess } } : { id: 'outcome-kinds' },
        );
        return null;
      }
      c.next();
      if (k.text === 'outcome') {
        const texts = goalTexts(c);
        return texts && { kind: 'outcome', outcome: o.text, texts, span: span() };
      }
      // `lose N`: the goal asks for the orders where the network also loses up to N messages.
      let lose: number | undefined;
      const l = c.peek();
      if (l?.kind === 'name' && l.text === 'lose') {
        c.next();
        const n = c.number('lose');
        if (!n) return null;
        lose = n.num;
      }
      const texts = goalTexts(c);
      if (!texts) return null;
      const goal: GoalLine = { kind: k.text, outcome: o.text, texts, span: span() };
      if (lose !== undefined) goal.lose = lose;
      return goal;
    }
    case 'time': {
      const cmp = comparison(c);
      const texts = cmp && goalTexts(c);
      return texts && cmp && { kind: 'time', ...cmp, texts, span: span() };
    }
    default: {
      const target = faultEnd(c, k.text, 'a process name');
      const cmp = target && comparison(c);
      const texts = cmp && goalTexts(c);
      return texts && cmp && target && { kind: k.text, target, ...cmp, texts, span: span() };
    }
  }
}

/** `OP N`: one of the goal's comparisons, then a plain number. */
function comparison(c: Cursor): { op: GoalOp; value: number } | null {
  const t = c.peek();
  if (t?.kind === 'punct' && t.text === '!=') {
    c.failSpan('goal-not-equal', t.from, t.to, {}, { id: 'goal-operators' });
    return null;
  }
  if (t?.kind !== 'punct' || !isOp(t.text)) {
    c.fail('expected-token', t, { what: 'a goal comparison' }, { id: 'goal-operators' });
    return null;
  }
  c.next();
  const n = c.number(t.text);
  if (!n) return null;
  return { op: t.text, value: n.num };
}

/** Zero or more `[LANG] "text"` pairs up to the end of the line, one per language at most. */
function goalTexts(c: Cursor): Localized[] | null {
  const texts: Localized[] = [];
  while (!c.atEnd()) {
    const t = c.peek();
    if (t?.kind === 'punct') {
      // `goal time <= 2 + 3`: the number is a literal.
      c.expectEnd({ id: 'goal-literal' });
      return null;
    }
    const from = t?.from ?? 0;
    const text = parseText(c, 'goal');
    if (!text) return null;
    const span = c.span(from, c.lastEnd());
    const first = texts.find((x) => x.lang === text.lang);
    if (first) {
      c.failSpan(
        'duplicate-goal-text',
        span.from,
        span.to,
        { lang: text.lang ? `in \`${text.lang}\`` : 'without a language' },
        { id: 'goal-text-once' },
      );
      return null;
    }
    texts.push({ lang: text.lang, text: text.text, span });
  }
  return texts;
}
