// Colours for the `.rdv` examples in the help: a light reading of each line (comments, strings,
// numbers, keywords), without the editor's CodeMirror, which the help does not need to load.

import { isKeyword } from '../../lang';

export type PieceKind = 'keyword' | 'string' | 'number' | 'comment' | 'lang' | null;

export interface Piece {
  text: string;
  kind: PieceKind;
}

const TOKEN = /"(?:[^"\\\n]|\\.)*"?|#.*|\p{N}+|[\p{L}_][\p{L}\p{N}\p{M}_]*|\s+|./gu;

/** Cuts `.rdv` text into coloured pieces; joined, the pieces give the text back unchanged. */
export function highlightRdv(code: string): Piece[] {
  const pieces: Piece[] = [];
  let previousWord: string | null = null;
  for (const [text] of code.matchAll(TOKEN)) {
    let kind: PieceKind = null;
    if (text.startsWith('"')) kind = 'string';
    else if (text.startsWith('#')) kind = 'comment';
    else if (/^\p{N}+$/u.test(text)) kind = 'number';
    else if (/^[\p{L}_]/u.test(text)) {
      // `en` and `ko` are language tags only right after `title`, `about`, `note` or `ask`.
      const tag =
        (text === 'en' || text === 'ko') && ['title', 'about', 'note', 'ask'].includes(previousWord ?? '');
      kind = tag ? 'lang' : isKeyword(text) ? 'keyword' : null;
      previousWord = text;
    } else if (text.includes('\n')) previousWord = null;
    const last = pieces.at(-1);
    if (last && last.kind === kind && kind === null) last.text += text;
    else pieces.push({ text, kind });
  }
  return pieces;
}
