// The share link's size limit, apart from its codec (./link.ts, with the compressor), so that the
// buttons that check it do not bring the compressor into the first screen's JavaScript.

/** Longest fragment accepted (characters after `#`); longer ones are refused before decoding. */
export const MAX_FRAGMENT_CHARS = 200_000;
