// The seeded source of jitter. Integer-only (mulberry32), so every JavaScript engine draws the
// same numbers from the same seed.

const TWO_32 = 4294967296;

/** A generator of uniform 32-bit unsigned integers seeded by a non-negative integer. */
export function createRng(seed: number): () => number {
  // Fold the high bits of seeds above 2^32 in, so that they still matter.
  const lo = (seed % TWO_32) >>> 0;
  const hi = (Math.floor(seed / TWO_32) % TWO_32) >>> 0;
  let a = (lo ^ Math.imul(hi, 0x9e3779b9)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A uniform draw over 0..max inclusive from a 32-bit generator. */
export function drawUpTo(rng: () => number, max: number): number {
  // r / 2^32 is exact; the product is exact while max < 2^21 and deterministic (IEEE) beyond.
  const value = Math.floor((rng() / TWO_32) * (max + 1));
  return value > max ? max : value;
}
