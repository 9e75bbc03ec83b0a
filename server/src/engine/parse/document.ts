import type { ParsedDocument } from '../types';
import { LineIndex } from '../text';
import { parseMarkdown } from './markdown';
import { parsePlaintext } from './plaintext';

export type Language = 'markdown' | 'plaintext';

/** Language from a file name: .txt is plain text, everything else markdown. */
export function languageOf(filename: string | undefined): Language {
  return filename && /\.(txt|text)$/i.test(filename) ? 'plaintext' : 'markdown';
}

export function parseDocument(text: string, language: Language, lines = new LineIndex(text)): ParsedDocument {
  if (language === 'plaintext') {
    const { blocks, directives } = parsePlaintext(text, lines);
    return { text, language, blocks, directives, frontMatter: { data: null, span: null, problems: [] } };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // micromark drops a leading byte-order mark, which shifted every offset after it by one
    // (ranges ended inside surrogate pairs): parse what follows the mark and shift back.
    const inner = parseMarkdown(text.slice(1), (o) => lines.lineAt(o + 1));
    const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + 1, end: x.end + 1 });
    return {
      text,
      language,
      blocks: inner.blocks.map((b) => ({ ...span(b), pieces: b.pieces.map((p) => ({ ...p, docOffset: p.docOffset + 1 })) })),
      directives: inner.directives.map(span),
      frontMatter: { ...inner.frontMatter, span: inner.frontMatter.span && span(inner.frontMatter.span) },
    };
  }
  const { blocks, frontMatter, directives } = parseMarkdown(text, (o) => lines.lineAt(o));
  return { text, language, blocks, directives, frontMatter };
}
