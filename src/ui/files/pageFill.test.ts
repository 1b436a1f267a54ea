import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../share/link';
import { fillPage, isPageTemplate } from './pageFill';

// The template as the build writes it: build/page.html with the app inlined in the script.
const template = readFileSync(new URL('../../../build/page.html', import.meta.url), 'utf8').replace(
  /<script type="module" src="[^"]*"><\/script>/,
  '<script type="module">const x = "<\\/script>";</script>',
);

const stateOf = (html: string): string => /id="rendezvous-page-state">([^<]*)</.exec(html)?.[1] ?? 'missing';

describe('fillPage', () => {
  const fragment = encodeShare({ source: 'process A\n  compute 2\nend\n', step: 3, lang: 'ko' });

  it('writes the share fragment, the title and the language in, and keeps the rest', () => {
    expect(isPageTemplate(template)).toBe(true);
    const page = fillPage(template, { fragment, title: 'Barrier <with> "a" straggler', lang: 'ko' });
    expect(stateOf(page)).toBe(fragment);
    expect(decodeShare(stateOf(page))).toMatchObject({ ok: true, step: 3, lang: 'ko' });
    expect(page).toContain('<title>Barrier &lt;with&gt; &quot;a&quot; straggler · Rendezvous</title>');
    expect(page).toContain('<html lang="ko"');
    expect(page).toContain('const x = "<\\/script>";');
    expect(
      page
        .replace(fragment, '')
        .replace(/<title>[^<]*/, '')
        .replace('lang="ko"', 'lang="en"'),
    ).toBe(template.replace(/<title>[^<]*/, ''));
  });

  it('fills a page made from the template again (a page exports itself)', () => {
    const once = fillPage(template, { fragment, title: null, lang: 'en' });
    const other = encodeShare({ source: 'process B\nend\n' });
    const twice = fillPage(once, { fragment: other, title: 'B', lang: 'en' });
    expect(stateOf(twice)).toBe(other);
    expect(twice.match(/rendezvous-page-state/g)).toHaveLength(1);
  });

  it('refuses what is not the template, and what is not a share fragment', () => {
    expect(() =>
      fillPage('<!doctype html><title>x</title>', { fragment, title: null, lang: 'en' }),
    ).toThrow();
    expect(() =>
      fillPage(template, { fragment: '</script><script>alert(1)', title: null, lang: 'en' }),
    ).toThrow();
  });
});
