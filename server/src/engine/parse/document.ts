import type { ParsedDocument } from '../types';
import { LineIndex } from '../text';
import { parseSegmented, type ParseCache } from './segment';
import { parsePlaintext } from './plaintext';

export type Language = 'markdown' | 'plaintext';

/** Language from a file name: .txt is plain text, everything else markdown. */
export function languageOf(filename: string | undefined): Language {
  return filename && /\.(txt|text)$/i.test(filename) ? 'plaintext' : 'markdown';
}

/** `cache` keeps chunk parses between calls, so an edit re-parses only the chunk it touched (parse/segment.ts). */
export function parseDocument(text: string, language: Language, lines = new LineIndex(text), cache?: ParseCache): ParsedDocument {
  if (language === 'plaintext') {
    const { blocks, directives } = parsePlaintext(text, lines);
    return { text, language, blocks, directives, frontMatter: { data: null, span: null, problems: [] } };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // micromark drops a leading byte-order mark, which shifted every offset after it by one
    // (ranges ended inside surrogate pairs): parse what follows the mark and shift back.
    const inner = parseSegmented(text.slice(1), (o) => lines.lineAt(o + 1), cache);
    const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + 1, end: x.end + 1 });
    return {
      text,
      language,
      blocks: inner.blocks.map((b) => ({ ...span(b), pieces: b.pieces.map((p) => ({ ...p, docOffset: p.docOffset + 1 })) })),
      directives: inner.directives.map(span),
      frontMatter: { ...inner.frontMatter, span: inner.frontMatter.span && span(inner.frontMatter.span) },
    };
  }
  const { blocks, frontMatter, directives } = parseSegmented(text, (o) => lines.lineAt(o), cache);
  return { text, language, blocks, directives, frontMatter };
}
