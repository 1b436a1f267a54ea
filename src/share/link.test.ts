import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  fromBase64Url,
  MAX_FRAGMENT_CHARS,
  shareUrl,
  toBase64Url,
  type ShareData,
} from './link';

const TYPICAL = `# Three workers do unequal amounts of work, then meet at a barrier.
# Nobody passes the barrier until the slowest one (the straggler) arrives.
title en "Barrier with a straggler"
title ko "느린 참가자가 있는 배리어"
about en "Three workers compute for 2, 4 and 9 ticks, then wait at barrier \`sync\`. The gate opens for everyone at the same instant, when the last worker arrives."
about ko "세 워커가 각각 2, 4, 9틱 동안 계산한 뒤 배리어 \`sync\`에서 기다립니다."
latency 2
barrier sync

process Worker[1..3]
  if i == 3
    note en "Worker[3] is the straggler: it has the most work."
    note ko "Worker[3]이 가장 느립니다. 할 일이 가장 많습니다."
    compute 9
  else
    compute 2 * i
  end
  barrier sync
  note en "Released together: all three leave the barrier at the same instant."
  note ko "함께 풀려났습니다. 세 워커가 같은 순간에 배리어를 통과합니다."
  compute 1
end
`;

/** Sources made of the characters scenarios are written with, Unicode of every plane included. */
const sourceArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'process',
        ' ',
        '\n',
        '\r\n',
        '"',
        '\\"',
        '#',
        '클라이언트',
        '😀',
        'é',
        '\ufeff',
        '\0',
        'end',
      ),
      { maxLength: 60 },
    )
    .map((xs) => xs.join('')),
);
const dataArb: fc.Arbitrary<ShareData> = fc.record(
  {
    source: sourceArb,
    step: fc.oneof(fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
    lang: fc.constantFrom('en' as const, 'ko' as const),
    whatifs: fc.integer({ min: 1, max: 64 }),
  },
  { requiredKeys: ['source'] },
);

function expectFailure(fragment: string, reason: string): void {
  const r = decodeShare(fragment);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.reason).toBe(reason);
    expect(r.message).toMatch(/^[A-Z].*\.$/);
  }
}

describe('share links round-trip', () => {
  it('any source, step and language', () => {
    fc.assert(
      fc.property(dataArb, fc.boolean(), (data, hash) => {
        const fragment = encodeShare(data);
        expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
        expect(decodeShare(hash ? `#${fragment}` : fragment)).toEqual({
          ok: true,
          source: data.source,
          step: data.step ?? null,
          lang: data.lang ?? null,
          whatifs: data.whatifs ?? null,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('fixed examples: empty, Korean, emoji, quotes, CRLF, a leading BOM', () => {
    for (const source of ['', '클라이언트', '😀🚀', '"\\"', 'a\r\nb\rc\n', '\ufeffprocess A\nend']) {
      const r = decodeShare(encodeShare({ source }));
      expect(r).toEqual({ ok: true, source, step: null, lang: null, whatifs: null });
    }
  });

  it('lone surrogates become U+FFFD (UTF-8 cannot carry them)', () => {
    const r = decodeShare(encodeShare({ source: 'a\ud800b' }));
    expect(r).toMatchObject({ ok: true, source: 'a\ufffdb' });
  });

  it('a typical 1 KB scenario makes a short link', () => {
    const fragment = encodeShare({ source: TYPICAL, step: 42, lang: 'ko' });
    const bytes = new TextEncoder().encode(TYPICAL).length;
    console.log(`typical scenario: ${bytes} bytes of UTF-8 → ${fragment.length} fragment characters`);
    expect(fragment.length).toBeLessThan(1200);
    expect(decodeShare(fragment)).toMatchObject({ ok: true, source: TYPICAL, step: 42, lang: 'ko' });
  });

  it('the largest scenario the language accepts (256 KiB) still shares', () => {
    // Varied but compressible text, exactly MAX_BYTES long.
    let source = '';
    for (let k = 0; source.length < 262_144; k++)
      source += `process P${k}\n  send P${k + 1} "m${k % 97}"\nend\n`;
    source = source.slice(0, 262_144);
    const fragment = encodeShare({ source });
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    expect(decodeShare(fragment)).toMatchObject({ ok: true, source });
    expectFailure(encodeShare({ source: `${source}x` }), 'too-large');
  });

  it('shareUrl replaces the base URL hash', () => {
    const f = encodeShare({ source: 'process A\nend' });
    expect(shareUrl('https://x.org/app/?q=1#old', { source: 'process A\nend' })).toBe(
      `https://x.org/app/?q=1#${f}`,
    );
    expect(shareUrl('https://x.org/app/', { source: 'process A\nend' })).toBe(`https://x.org/app/#${f}`);
  });

  it('rejects an invalid step or language when encoding', () => {
    for (const step of [-1, 1.5, NaN, Infinity, 2 ** 53])
      expect(() => encodeShare({ source: '', step })).toThrow(RangeError);
    expect(() => encodeShare({ source: '', lang: 'fr' as 'en' })).toThrow(RangeError);
  });
});

describe('decodeShare refuses what is not a good link, and never throws', () => {
  it('empty', () => {
    expectFailure('', 'empty');
    expectFailure('#', 'empty');
    expectFailure('#  ', 'empty');
  });

  it('not a share', () => {
    for (const f of ['#about', 'about', '#v', '#v1', '#V1.abc', '#v0.abc', '#x.v1.abc', '#step=3'])
      expectFailure(f, 'not-a-share');
  });

  it('newer version', () => {
    expectFailure('v2.xxx', 'newer-version');
    expectFailure('#v2.', 'newer-version');
    expectFailure('#v10.abc', 'newer-version');
  });

  it('damaged', () => {
    for (const f of [
      'v1.',
      'v1.!!!!',
      'v1.a',
      'v1.AAAA',
      'v1.abc def',
      'v1.é',
      `v1.${toBase64Url(new Uint8Array([1, 2, 3]))}`,
    ])
      expectFailure(f, 'damaged');
    // Valid DEFLATE but no header line, a bad header, or bytes that are not UTF-8.
    const pack = (bytes: Uint8Array) => `v1.${toBase64Url(deflateSync(bytes))}`;
    const enc = (s: string) => new TextEncoder().encode(s);
    expectFailure(pack(enc('process A')), 'damaged');
    expectFailure(pack(enc('k=-1\nprocess A')), 'damaged');
    expectFailure(pack(enc('k=01\nprocess A')), 'damaged');
    expectFailure(pack(enc('k=9007199254740992\nprocess A')), 'damaged');
    expectFailure(pack(enc('l=fr\nprocess A')), 'damaged');
    expectFailure(pack(enc('k=1&k=2\nprocess A')), 'damaged');
    expectFailure(pack(enc('w=0\nprocess A')), 'damaged');
    expectFailure(pack(enc('w=65\nprocess A')), 'damaged');
    expectFailure(pack(new Uint8Array([10, 0xff, 0xfe])), 'damaged');
    // Unknown header fields are ignored (room for optional additions within v1).
    expect(decodeShare(pack(enc('z=9&k=7\nprocess A')))).toEqual({
      ok: true,
      source: 'process A',
      step: 7,
      lang: null,
      whatifs: null,
    });
    expect(decodeShare(pack(enc('w=2&k=7\nprocess A')))).toMatchObject({ ok: true, whatifs: 2, step: 7 });
  });

  it('too large: a long fragment is refused before decoding', () => {
    expectFailure('v1.' + 'A'.repeat(MAX_FRAGMENT_CHARS - 2), 'too-large');
    expectFailure('#' + 'x'.repeat(MAX_FRAGMENT_CHARS + 1), 'too-large');
    expect(decodeShare('v1.' + 'A'.repeat(MAX_FRAGMENT_CHARS - 3))).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
  });

  it('too large: a zip bomb (10 MB of spaces) is refused without inflating it', () => {
    const bomb = deflateSync(new Uint8Array(10_000_000).fill(32), { level: 9 });
    const fragment = `v1.${toBase64Url(bomb)}`;
    console.log(`zip bomb: 10,000,000 bytes → ${fragment.length} fragment characters`);
    expectFailure(fragment, 'too-large');
  });

  it('too large: a 100 MB bomb that still fits the fragment limit is refused quickly', () => {
    const bomb = deflateSync(new Uint8Array(100_000_000), { level: 9 });
    const fragment = `v1.${toBase64Url(bomb)}`;
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    // Refused without inflating it all (a hang would run into the test's timeout).
    expectFailure(fragment, 'too-large');
  });

  it('truncated links', () => {
    const fragment = encodeShare({ source: TYPICAL, step: 5 });
    for (let n = 0; n < fragment.length; n++) {
      const r = decodeShare(fragment.slice(0, n));
      expect(r.ok).toBe(false);
    }
  });

  it('bit-flipped and character-changed links never throw', () => {
    fc.assert(
      fc.property(
        dataArb,
        fc.nat(),
        fc.nat({ max: 5 }),
        fc.constantFrom(...'AZaz09-_.!%é'),
        (data, at, bit, ch) => {
          const fragment = encodeShare(data);
          const bytes = fromBase64Url(fragment.slice(3));
          expect(bytes).not.toBeNull();
          if (!bytes || bytes.length === 0) return;
          bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ (1 << bit);
          for (const f of [
            `v1.${toBase64Url(bytes)}`,
            fragment.slice(0, at % fragment.length) + ch + fragment.slice((at % fragment.length) + 1),
          ]) {
            const r = decodeShare(f);
            if (r.ok) expect(typeof r.source).toBe('string');
            else expect(['damaged', 'too-large', 'not-a-share', 'newer-version']).toContain(r.reason);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('random strings never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: fc.constantFrom(...'v1.#AZaz09-_'), maxLength: 300 }),
          fc
            .string({
              unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
              maxLength: 300,
            })
            .map((s) => `v1.${s}`),
          fc.uint8Array({ maxLength: 300 }).map((b) => `#v1.${toBase64Url(b)}`),
        ),
        (s) => {
          const r = decodeShare(s);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('non-string input never throws', () => {
    for (const x of [undefined, null, 3, {}, []]) expect(decodeShare(x as unknown as string).ok).toBe(false);
  });
});

describe('base64url', () => {
  it('round-trips bytes and matches the standard alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        const s = toBase64Url(b);
        expect(s).toBe(Buffer.from(b).toString('base64url'));
        expect(fromBase64Url(s)).toEqual(b);
      }),
    );
  });
});
