// Share links: the whole scenario (and optionally the step to open at and the language) packed
// into a URL's `#` part, so opening a link needs no server.
//
// Fragment format, version 1 (what follows the `#`):
//
//     v1.<payload>
//
// `<payload>` is base64url (RFC 4648 §5: `A–Z a–z 0–9 - _`, no `=` padding) of the raw DEFLATE
// stream (fflate `deflateSync`, level 9) of these UTF-8 bytes:
//
//     <header> LF <source>
//
// `<header>` is ASCII and at most MAX_HEADER_BYTES long: zero or more `key=value` fields joined by
// `&`, each key at most once. `k=<digits>` is the step (a non-negative safe integer, no leading
// zeros), `l=en` / `l=ko` the language, `w=<digits>` (1–64) how many of the scenario's last lines
// are what-ifs added one by one to an original (so the receiver sees the original and each branch;
// a reader that ignores it still shows the very same scenario). Unknown keys (lowercase letters, value of `A–Z a–z 0–9 _ -`)
// are ignored, so a later writer may add optional fields without a new version. Everything after
// the first LF is the scenario text, byte for byte; no escaping, so a source of the language's full
// 256 KiB always fits within the decompressed-size limit (MAX_SOURCE_BYTES + MAX_HEADER_BYTES + 1).
//
// A format that older readers must not misread gets a new prefix (`v2.`); this reader answers
// such a link with `newer-version` rather than `damaged`.

import { Inflate, deflateSync } from 'fflate';

import { MAX_FRAGMENT_CHARS } from './limits';

export { MAX_FRAGMENT_CHARS };
/** Largest scenario carried, in bytes of UTF-8 (the language's input limit). */
export const MAX_SOURCE_BYTES = 262_144;
/** Longest header line of the decompressed payload, in bytes. */
export const MAX_HEADER_BYTES = 64;
/** The version this module writes. */
export const SHARE_VERSION = 1;

export type ShareLang = 'en' | 'ko';

export interface ShareData {
  source: string;
  /** The step to open at (a non-negative safe integer), if any. */
  step?: number;
  lang?: ShareLang;
  /** How many of the text's last lines are what-ifs added one by one (1–64), if any. */
  whatifs?: number;
}

export type ShareFailure = 'empty' | 'not-a-share' | 'damaged' | 'too-large' | 'newer-version';

export type DecodedShare =
  | { ok: true; source: string; step: number | null; lang: ShareLang | null; whatifs: number | null }
  | { ok: false; reason: ShareFailure; message: string };

/** Compressed bytes fed to the inflater at a time: DEFLATE expands at most ~1032×, so one chunk
 * can never produce more than ~264 KB beyond the limit, whatever the input. */
const INFLATE_CHUNK = 256;
const MAX_INFLATED = MAX_SOURCE_BYTES + MAX_HEADER_BYTES + 1;

/**
 * The URL fragment (without `#`) that carries a scenario: `v1.<base64url of deflated data>`.
 * Throws a RangeError when `step` is given and is not a non-negative safe integer, or `lang` is
 * neither `en` nor `ko` (the caller's bug). Lone UTF-16 surrogates in the source become U+FFFD.
 * It encodes sources of any size; a link longer than MAX_FRAGMENT_CHARS (or a source over
 * MAX_SOURCE_BYTES) will be refused as `too-large` when opened, so check the length first.
 */
export function encodeShare(data: ShareData): string {
  const fields: string[] = [];
  if (data.step !== undefined) {
    if (!isStep(data.step))
      throw new RangeError(`The step must be a non-negative safe integer: ${data.step}`);
    fields.push(`k=${data.step}`);
  }
  if (data.lang !== undefined) {
    if (data.lang !== 'en' && data.lang !== 'ko')
      throw new RangeError(`Unknown language: ${String(data.lang)}`);
    fields.push(`l=${data.lang}`);
  }
  if (data.whatifs !== undefined) {
    if (!isWhatIfs(data.whatifs))
      throw new RangeError(`What-ifs must be a whole number from 1 to 64: ${data.whatifs}`);
    fields.push(`w=${data.whatifs}`);
  }
  const bytes = new TextEncoder().encode(`${fields.join('&')}\n${data.source}`);
  return `v${SHARE_VERSION}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

/** `base` without its `#…` part, then `#` and the share fragment. */
export function shareUrl(base: string, data: ShareData): string {
  const hash = base.indexOf('#');
  return `${hash < 0 ? base : base.slice(0, hash)}#${encodeShare(data)}`;
}

const fail = (reason: ShareFailure, message: string): DecodedShare => ({ ok: false, reason, message });

const MESSAGES: Record<ShareFailure, string> = {
  empty: 'The link carries no scenario.',
  'not-a-share': 'This is not a scenario link.',
  damaged: 'The link is damaged: part of it is missing or changed.',
  'too-large': 'The scenario in this link is too large to open.',
  'newer-version': 'This link was made by a newer version of Rendezvous.',
};

/**
 * Reads a share fragment (with or without its leading `#`). Never throws: whatever the input, it
 * returns either the scenario or why not (`reason`, for the UI to localize, and an English `message`).
 */
export function decodeShare(fragment: string): DecodedShare {
  try {
    return decode(fragment);
  } catch {
    // Nothing below should throw; this is the last guard of the promise above.
    return fail('damaged', MESSAGES.damaged);
  }
}

function decode(fragment: unknown): DecodedShare {
  if (typeof fragment !== 'string') return fail('damaged', MESSAGES.damaged);
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body.length > MAX_FRAGMENT_CHARS) return fail('too-large', MESSAGES['too-large']);
  const text = body.trim();
  if (text === '') return fail('empty', MESSAGES.empty);

  const m = /^v([1-9][0-9]{0,8})\./.exec(text);
  if (!m) return fail('not-a-share', MESSAGES['not-a-share']);
  if (Number(m[1]) > SHARE_VERSION) return fail('newer-version', MESSAGES['newer-version']);

  const compressed = fromBase64Url(text.slice(m[0].length));
  if (!compressed || compressed.length === 0) return fail('damaged', MESSAGES.damaged);

  const inflated = inflateBounded(compressed, MAX_INFLATED);
  if (inflated === 'too-large') return fail('too-large', MESSAGES['too-large']);
  if (inflated === null) return fail('damaged', MESSAGES.damaged);

  const lf = inflated.indexOf(10);
  if (lf < 0 || lf > MAX_HEADER_BYTES) return fail('damaged', MESSAGES.damaged);
  if (inflated.length - lf - 1 > MAX_SOURCE_BYTES) return fail('too-large', MESSAGES['too-large']);
  const header = parseHeader(inflated.subarray(0, lf));
  if (!header) return fail('damaged', MESSAGES.damaged);

  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.subarray(lf + 1));
  } catch {
    return fail('damaged', MESSAGES.damaged);
  }
  return { ok: true, source, step: header.step, lang: header.lang, whatifs: header.whatifs };
}

function isWhatIfs(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 64;
}

function isStep(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** The header line's fields, or null when it is malformed. */
function parseHeader(
  bytes: Uint8Array,
): { step: number | null; lang: ShareLang | null; whatifs: number | null } | null {
  let line = '';
  for (const b of bytes) {
    if (b < 0x20 || b > 0x7e) return null;
    line += String.fromCharCode(b);
  }
  let step: number | null = null;
  let lang: ShareLang | null = null;
  let whatifs: number | null = null;
  if (line === '') return { step, lang, whatifs };
  const seen = new Set<string>();
  for (const field of line.split('&')) {
    const f = /^([a-z]+)=([A-Za-z0-9_-]*)$/.exec(field);
    const key = f?.[1];
    const value = f?.[2];
    if (key === undefined || value === undefined || seen.has(key)) return null;
    seen.add(key);
    if (key === 'k') {
      if (!/^(0|[1-9][0-9]{0,15})$/.test(value)) return null;
      const n = Number(value);
      if (!isStep(n)) return null;
      step = n;
    } else if (key === 'l') {
      if (value !== 'en' && value !== 'ko') return null;
      lang = value;
    } else if (key === 'w') {
      if (!/^[1-9][0-9]?$/.test(value) || !isWhatIfs(Number(value))) return null;
      whatifs = Number(value);
    }
  }
  return { step, lang, whatifs };
}

/**
 * Inflates a raw DEFLATE stream, feeding it in small chunks and giving up as soon as the output
 * passes `limit` bytes, so a zip bomb costs at most a few hundred kilobytes. Null when the stream is
 * invalid or truncated.
 */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array | 'too-large' | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) over = true;
    else parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length && !over; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return over ? 'too-large' : null;
  }
  if (over) return 'too-large';
  if (!ended) return null;
  const out = new Uint8Array(total);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let k = 0; k < ALPHABET.length; k++) t[ALPHABET.charCodeAt(k)] = k;
  return t;
})();

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  let k = 0;
  for (; k + 2 < bytes.length; k += 3) {
    const n = ((bytes[k] ?? 0) << 16) | ((bytes[k + 1] ?? 0) << 8) | (bytes[k + 2] ?? 0);
    out.push(
      ALPHABET[n >> 18] ?? '',
      ALPHABET[(n >> 12) & 63] ?? '',
      ALPHABET[(n >> 6) & 63] ?? '',
      ALPHABET[n & 63] ?? '',
    );
  }
  const rest = bytes.length - k;
  if (rest > 0) {
    const n = ((bytes[k] ?? 0) << 16) | (rest === 2 ? (bytes[k + 1] ?? 0) << 8 : 0);
    out.push(ALPHABET[n >> 18] ?? '', ALPHABET[(n >> 12) & 63] ?? '');
    if (rest === 2) out.push(ALPHABET[(n >> 6) & 63] ?? '');
  }
  return out.join('');
}

/** Decodes base64url without padding; null on any character outside the alphabet or a bad length. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let k = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const v = c < 128 ? (LOOKUP[c] ?? -1) : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
