// The language reference's "Every order" examples (SPEC §8) say what exploring finds, under each
// example: "every order with `--lose 1`: `idle` in 2, `deadlock` in 1" (in Korean, "모든 순서(`--lose 1`):
// `idle` 전달 2번, …"). This explores each example and holds the text to it, in both languages.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOrThrow } from '../runtime/inprocess';
import { explore } from '.';

const CLAIM = {
  en: /every order(?: with `--lose (\d+)`)?: ((?:`[a-z]+` in \d+(?:, )?)+)/,
  ko: /모든 순서(?:\(`--lose (\d+)`\))?: ((?:`[a-z]+` 전달 \d+번(?:, )?)+)/,
} as const;

/** Each ```rdv example whose arrow paragraph states what every order gives. */
function claims(lang: 'en' | 'ko') {
  const text = readFileSync(new URL(`../../docs/reference.${lang}.md`, import.meta.url), 'utf8');
  const out: { source: string; lose: number; want: Record<string, number> }[] = [];
  const block = /```rdv\n([\s\S]*?)```\n\n(→[\s\S]*?)(?:\n\n|$)/g;
  for (let m = block.exec(text); m !== null; m = block.exec(text)) {
    const claim = CLAIM[lang].exec((m[2] ?? '').replace(/\n/g, ' '));
    if (claim === null) continue;
    const want = Object.fromEntries(
      [...(claim[2] ?? '').matchAll(/`([a-z]+)` (?:in |전달 )(\d+)/g)].map((x) => [x[1], Number(x[2])]),
    );
    out.push({ source: m[1] ?? '', lose: Number(claim[1] ?? 0), want });
  }
  return out;
}

describe.each(['en', 'ko'] as const)('reference.%s.md, every order', (lang) => {
  const examples = claims(lang);

  it('has the section’s examples', () => {
    expect(examples.length).toBe(3);
  });

  it.each(examples.map((e, k) => [k + 1, e] as const))('example %i gives what its text says', (_, e) => {
    const result = explore(checkOrThrow(e.source), { lose: e.lose });
    expect(result.complete).toBe(true);
    expect(Object.fromEntries(result.outcomes.map((o) => [o.kind, o.shortest]))).toEqual(e.want);
  });
});
