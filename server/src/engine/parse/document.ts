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
  const { blocks, frontMatter, directives } = parseMarkdown(text, (o) => lines.lineAt(o));
  return { text, language, blocks, directives, frontMatter };
}
