import type { Piece } from '../types';

/**
 * Map a parser's text value back onto the source it came from. Markdown text values drop
 * backslash escapes, decode entities and lose container prefixes ("> ", list indentation) on
 * continuation lines; everything else is copied. We walk both strings and emit pieces for
 * runs that match, skipping source characters the parser removed.
 */
export function alignPieces(value: string, source: string, sourceStart: number, blockOffset: number): Piece[] {
  const pieces: Piece[] = [];
  let v = 0;
  let s = 0;
  let runStart = -1;
  let runSource = 0;
  const flush = () => {
    if (runStart >= 0 && v > runStart) {
      const length = v - runStart;
      pieces.push({ blockOffset: blockOffset + runStart, docOffset: sourceStart + runSource, length, sourceLength: length });
    }
    runStart = -1;
  };
  while (v < value.length && s < source.length) {
    if (value[v] === source[s]) {
      if (runStart < 0) {
        runStart = v;
        runSource = s;
      }
      v++;
      s++;
      continue;
    }
    flush();
    const entity = source[s] === '&' ? /^&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/i.exec(source.slice(s, s + 40)) : null;
    if (entity) {
      // One decoded character (or surrogate pair) stands for the whole entity.
      const width = value.codePointAt(v)! > 0xffff ? 2 : 1;
      pieces.push({ blockOffset: blockOffset + v, docOffset: sourceStart + s, length: width, sourceLength: entity[0].length });
      v += width;
      s += entity[0].length;
      continue;
    }
    // A character the parser dropped (escape backslash, container prefix, \r): skip it.
    s++;
  }
  flush();
  if (v < value.length) {
    pieces.push({ blockOffset: blockOffset + v, docOffset: sourceStart + source.length, length: value.length - v, sourceLength: 0 });
  }
  return pieces;
}

/** Document offset of a block offset; `side` decides offsets that fall between pieces. */
export function toDocOffset(pieces: Piece[], blockOffset: number, side: 'start' | 'end'): number {
  if (pieces.length === 0) return 0;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].blockOffset <= blockOffset) lo = mid;
    else hi = mid - 1;
  }
  let p = pieces[lo];
  if (side === 'end' && lo > 0 && blockOffset === p.blockOffset) {
    // An end at a piece boundary belongs to the end of the previous piece.
    const prev = pieces[lo - 1];
    if (prev.blockOffset + prev.length === blockOffset) p = prev;
  }
  if (blockOffset <= p.blockOffset) return p.docOffset;
  const into = blockOffset - p.blockOffset;
  if (into >= p.length) return p.docOffset + p.sourceLength;
  if (p.length !== p.sourceLength) return side === 'end' ? p.docOffset + p.sourceLength : p.docOffset;
  return p.docOffset + into;
}
