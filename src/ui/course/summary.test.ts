import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closingTable } from './summary';

const guide = (lang: string) =>
  readFileSync(new URL(`../../../docs/guide.${lang}.md`, import.meta.url), 'utf8');

describe('the summary page’s closing table', () => {
  it('is the guide’s table of message passing against barriers, in English', () => {
    const table = closingTable(guide('en'))!;
    expect(table.header.slice(1)).toEqual(['message passing', 'barrier']);
    expect(table.rows.map((r) => r[0])).toEqual([
      'what it carries',
      'who takes part',
      'who waits',
      'typical mistake',
    ]);
    expect(table.rows.every((r) => r.length === 3 && r.every((c, k) => k === 0 || c.length > 0))).toBe(true);
    expect(table.closing).toMatch(/^Real programs use both/);
  });

  it('and in Korean', () => {
    const table = closingTable(guide('ko'))!;
    expect(table.header.slice(1)).toEqual(['메시지 전달', '배리어']);
    expect(table.rows).toHaveLength(4);
    expect(table.closing).toMatch(/[\uac00-\ud7a3]/);
    expect(table.closing).not.toMatch(/^\[/);
  });

  it('is null for a text without a table', () => {
    expect(closingTable('# Title\n\nNo table here.\n')).toBeNull();
  });
});
