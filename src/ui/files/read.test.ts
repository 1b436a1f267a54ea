import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, readScenarioFile } from './read';

const file = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe('reading a scenario file', () => {
  it('accepts UTF-8 text, dropping a byte-order mark', async () => {
    const text = '\uFEFFprocess 클라이언트\n  compute 1\nend\n';
    expect(await readScenarioFile(file('a.rdv', new TextEncoder().encode(text)))).toEqual({
      ok: true,
      name: 'a.rdv',
      text: text.slice(1),
    });
  });
  it('refuses a file that is not UTF-8 text', async () => {
    expect(
      await readScenarioFile(file('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))),
    ).toMatchObject({
      ok: false,
      reason: 'not-text',
    });
    expect(await readScenarioFile(file('x.bin', new Uint8Array([0x61, 0, 0x62])))).toMatchObject({
      ok: false,
      reason: 'not-text',
    });
  });
  it('refuses a file larger than the language allows, without reading it', async () => {
    const big = {
      name: 'big.rdv',
      size: MAX_SCENARIO_BYTES + 1,
      arrayBuffer: async () => Promise.reject(new Error('read')),
    };
    expect(await readScenarioFile(big)).toMatchObject({ ok: false, reason: 'too-large' });
  });
  it('reports a file that cannot be read', async () => {
    const broken = { name: 'gone.rdv', size: 3, arrayBuffer: async () => Promise.reject(new Error('gone')) };
    expect(await readScenarioFile(broken)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
