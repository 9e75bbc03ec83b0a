/**
 * The fast path of the segmented parse: a chunk that is one paragraph of plain words and
 * punctuation, with nothing micromark would treat as syntax, becomes its block directly. Most
 * chunks of a draft are such paragraphs, and micromark costs about a millisecond per kilobyte.
 * Equal to what micromark builds (test/engine/segment.test.ts): the text is the source as is,
 * lines joined by their `\n`, mapped by one piece.
 */
import type { Block } from '../types';

// Characters that are never markdown syntax in the middle of a line. Left out on purpose:
// * _ ` ~ (emphasis, code, strike-through), [ ] (links), < > (HTML, autolinks), & (entities),
// \ (escapes), | (tables), @ (e-mail autolinks), tabs, \r and all other white space or controls.
const MIDDLE = String.raw`\p{L}\p{M}\p{N} .,;:'"?!()/%$+=#’‘“”–—…-`;
// A line's first character: none that starts a block (# heading, - + list or setext, = setext).
const FIRST = String.raw`\p{L}\p{M}\p{N}.,;:'"?!()/%$’‘“”–—…`;
const LAST = String.raw`\p{L}\p{M}\p{N}.,;:'"?!()/%$+=#’‘“”–—…-`;
/** Lines with no white space at either end (a trailing double space is a hard break). */
const PLAIN = new RegExp(String.raw`^[${FIRST}](?:[${MIDDLE}]*[${LAST}])?(?:\n[${FIRST}](?:[${MIDDLE}]*[${LAST}])?)*$`, 'u');
/** An ordered list item ("1." or "1)") can start any line, even inside a paragraph. */
const ORDERED = /(?:^|\n)\d+[.)]/;
/** GFM autolink literals need no brackets. */
const AUTOLINK = /:\/\/|www\./i;

/** The block of a chunk that is one plain paragraph followed by blank lines, or null. */
export function plainParagraph(chunk: string): Block | null {
  let end = chunk.length;
  while (end > 0) {
    const c = chunk.charCodeAt(end - 1);
    if (c !== 10 && c !== 32 && c !== 9) break;
    end--;
  }
  // White space after the last word would be trimmed by micromark: leave those to it.
  if (end === 0 || (end < chunk.length && chunk.charCodeAt(end) !== 10)) return null;
  const text = chunk.slice(0, end);
  if (!PLAIN.test(text) || ORDERED.test(text) || AUTOLINK.test(text)) return null;
  return { text, pieces: [{ blockOffset: 0, docOffset: 0, length: end, sourceLength: end }], kind: 'paragraph', start: 0, end };
}
